package dev.lashing.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** Section-table readers for ELF, PE and Mach-O (bounds checked by {@link ByteBuffer}). */
final class ExecutableHeaders {
  private ExecutableHeaders() {}

  private static final int SHT_NOBITS = 8;

  static Executable elf(byte[] b) throws MalformedFileException {
    boolean is64 = b[4] == 2;
    ByteOrder order = b[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    ByteBuffer h = ByteBuffer.wrap(b).order(order);
    long shoff = is64 ? h.getLong(0x28) : Integer.toUnsignedLong(h.getInt(0x20));
    int shentsize = Short.toUnsignedInt(h.getShort(is64 ? 0x3A : 0x2E));
    int shnum = Short.toUnsignedInt(h.getShort(is64 ? 0x3C : 0x30));
    int shstrndx = Short.toUnsignedInt(h.getShort(is64 ? 0x3E : 0x32));
    Executable.checkCount(shnum);
    if (shnum == 0) {
      return new Executable("elf", order, List.of(), b);
    }
    if (shoff <= 0 || shoff > b.length || shentsize < (is64 ? 64 : 40)) {
      throw new MalformedFileException("ELF section header table outside the file");
    }
    long[][] raw = new long[shnum][5];
    for (int i = 0; i < shnum; i++) {
      int at = Math.toIntExact(shoff + (long) i * shentsize);
      raw[i][0] = Integer.toUnsignedLong(h.getInt(at));
      raw[i][1] = h.getInt(at + 4);
      raw[i][2] = is64 ? h.getLong(at + 16) : Integer.toUnsignedLong(h.getInt(at + 12));
      raw[i][3] = is64 ? h.getLong(at + 24) : Integer.toUnsignedLong(h.getInt(at + 16));
      raw[i][4] = is64 ? h.getLong(at + 32) : Integer.toUnsignedLong(h.getInt(at + 20));
    }
    long strOff = shstrndx < shnum ? raw[shstrndx][3] : -1;
    List<Executable.Section> out = Executable.list();
    for (long[] s : raw) {
      if (s[1] == SHT_NOBITS) {
        continue;
      }
      long nameAt = strOff + s[0];
      String name =
          strOff >= 0 && nameAt < b.length ? Executable.cString(b, (int) nameAt, 256) : "";
      out.add(Executable.section(name, s[2], s[3], s[4], b.length));
    }
    return new Executable("elf", order, out, b);
  }

  static Executable pe(byte[] b) throws MalformedFileException {
    ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int pe = h.getInt(0x3C);
    if (pe < 0 || pe > b.length - 24 || h.getInt(pe) != 0x00004550) {
      throw new MalformedFileException("MZ file without a PE header");
    }
    int nsect = Short.toUnsignedInt(h.getShort(pe + 6));
    int optSize = Short.toUnsignedInt(h.getShort(pe + 20));
    Executable.checkCount(nsect);
    int opt = pe + 24;
    int magic = Short.toUnsignedInt(h.getShort(opt));
    long imageBase =
        magic == 0x20b ? h.getLong(opt + 24) : Integer.toUnsignedLong(h.getInt(opt + 28));
    List<Executable.Section> out = Executable.list();
    int at = opt + optSize;
    for (int i = 0; i < nsect; i++, at += 40) {
      String name = Executable.cString(b, at, 8);
      long va = Integer.toUnsignedLong(h.getInt(at + 12));
      long rawSize = Integer.toUnsignedLong(h.getInt(at + 16));
      long rawPtr = Integer.toUnsignedLong(h.getInt(at + 20));
      out.add(Executable.section(name, imageBase + va, rawPtr, rawSize, b.length));
    }
    return new Executable("pe", ByteOrder.LITTLE_ENDIAN, out, b);
  }

  static Executable macho(byte[] b, int magic) throws MalformedFileException {
    boolean is64 = magic == 0xfeedfacf || magic == 0xcffaedfe;
    ByteOrder order =
        magic == 0xcefaedfe || magic == 0xcffaedfe ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    ByteBuffer h = ByteBuffer.wrap(b).order(order);
    long ncmds = Integer.toUnsignedLong(h.getInt(16));
    Executable.checkCount(ncmds);
    int at = is64 ? 32 : 28;
    List<Executable.Section> out = Executable.list();
    for (int i = 0; i < ncmds; i++) {
      int cmd = h.getInt(at);
      int size = h.getInt(at + 4);
      if (size < 8 || at + (long) size > b.length) {
        throw new MalformedFileException("Mach-O load command " + i + " outside the file");
      }
      if (cmd == 0x19 || cmd == 0x1) {
        boolean s64 = cmd == 0x19;
        int nsects = h.getInt(at + (s64 ? 64 : 48));
        Executable.checkCount(nsects);
        int sec = at + (s64 ? 72 : 56);
        for (int j = 0; j < nsects; j++, sec += s64 ? 80 : 68) {
          String name = Executable.cString(b, sec, 16);
          long addr = s64 ? h.getLong(sec + 32) : Integer.toUnsignedLong(h.getInt(sec + 32));
          long sz = s64 ? h.getLong(sec + 40) : Integer.toUnsignedLong(h.getInt(sec + 36));
          long off = Integer.toUnsignedLong(h.getInt(sec + (s64 ? 48 : 40)));
          out.add(Executable.section(name, addr, off, sz, b.length));
        }
      }
      at += size;
    }
    return new Executable("macho", order, out, b);
  }
}
