package dev.lashing.catalog.golang;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A minimal ELF64 with Go's pre-1.18 build information: a {@code .go.buildinfo} header holding two
 * pointers to Go string headers in {@code .data}. Built in memory: no Go toolchain here.
 */
final class SyntheticElf {
  private SyntheticElf() {}

  static final byte[] SENTINEL = {
    0x30,
    0x77,
    (byte) 0xaf,
    0x0c,
    (byte) 0x92,
    0x74,
    0x08,
    0x02,
    0x41,
    (byte) 0xe1,
    (byte) 0xc1,
    0x07,
    (byte) 0xe6,
    (byte) 0xd6,
    0x18,
    (byte) 0xe6
  };

  static byte[] goBinary(String version, String modText) {
    ByteBuffer b = ByteBuffer.allocate(0x800).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
    b.putLong(0x28, 0x600).putShort(0x3A, (short) 64).putShort(0x3C, (short) 4);
    b.putShort(0x3E, (short) 3);
    // .go.buildinfo at file 0x100, address 0x401000
    b.put(0x100, "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1));
    b.put(0x10E, (byte) 8).put(0x10F, (byte) 0);
    b.putLong(0x110, 0x402000).putLong(0x118, 0x402010);
    // .data at file 0x200, address 0x402000: two string headers, then the strings
    byte[] v = version.getBytes(StandardCharsets.UTF_8);
    byte[] m = modText.getBytes(StandardCharsets.UTF_8);
    byte[] mod = new byte[m.length + 32];
    System.arraycopy(SENTINEL, 0, mod, 0, 16);
    System.arraycopy(m, 0, mod, 16, m.length);
    System.arraycopy(SENTINEL, 0, mod, 16 + m.length, 16);
    b.putLong(0x200, 0x402020).putLong(0x208, v.length);
    b.putLong(0x210, 0x402040).putLong(0x218, mod.length);
    b.put(0x220, v).put(0x240, mod);
    // .shstrtab at 0x580
    byte[] names = "\0.go.buildinfo\0.data\0.shstrtab\0".getBytes(StandardCharsets.ISO_8859_1);
    b.put(0x580, names);
    section(b, 1, 1, 0x401000, 0x100, 0x20);
    section(b, 2, 15, 0x402000, 0x200, 0x380);
    section(b, 3, 21, 0, 0x580, names.length);
    return b.array();
  }

  private static void section(ByteBuffer b, int i, int name, long addr, long off, long size) {
    int at = 0x600 + i * 64;
    b.putInt(at, name).putInt(at + 4, 1).putLong(at + 16, addr).putLong(at + 24, off);
    b.putLong(at + 32, size);
  }
}
