package dev.lashing.catalog.golang;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Executable;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads the build information header Go links into binaries: 14 bytes of magic, the pointer size,
 * flags, then either (Go 1.18+, flag 2) the toolchain version and module info as varint-prefixed
 * strings, or two pointers to Go string headers resolved through the section table.
 */
final class GoBuildInfo {
  private GoBuildInfo() {}

  static final String MAGIC = "\u00ff Go buildinf:";
  private static final byte[] MAGIC_BYTES = MAGIC.getBytes(StandardCharsets.ISO_8859_1);
  private static final int MAX_STRING = 4 << 20;

  static CatalogResult parse(Location location, byte[] b, String foundBy)
      throws MalformedFileException {
    Executable exe = null;
    MalformedFileException notExecutable = null;
    try {
      exe = Executable.parse(b);
    } catch (MalformedFileException e) {
      notExecutable = e;
    }
    int off = headerOffset(exe, b);
    if (off < 0) {
      throw new MalformedFileException("no Go build information");
    }
    if (off + 32 > b.length) {
      throw new MalformedFileException("truncated Go build information header");
    }
    int ptrSize = b[off + 14];
    int flags = b[off + 15];
    byte[] version;
    byte[] mod;
    if ((flags & 2) != 0) {
      int[] pos = {off + 32};
      version = varintString(b, pos);
      mod = varintString(b, pos);
    } else {
      if (exe == null) {
        throw new MalformedFileException(
            "pre-1.18 Go build information needs the section table: "
                + (notExecutable == null ? "" : notExecutable.getMessage()));
      }
      if (ptrSize != 4 && ptrSize != 8) {
        throw new MalformedFileException("invalid pointer size " + ptrSize);
      }
      ByteOrder order = (flags & 1) != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      ByteBuffer h = ByteBuffer.wrap(b).order(order);
      version = goString(exe, h, ptr(h, off + 16, ptrSize), ptrSize);
      mod = goString(exe, h, ptr(h, off + 16 + ptrSize, ptrSize), ptrSize);
    }
    String modText =
        mod.length >= 33 && mod[mod.length - 17] == '\n'
            ? new String(mod, 16, mod.length - 32, StandardCharsets.UTF_8)
            : new String(mod, StandardCharsets.UTF_8);
    return ModInfo.parse(new String(version, StandardCharsets.UTF_8), modText, location, foundBy);
  }

  private static int headerOffset(@Nullable Executable exe, byte[] b) {
    if (exe != null) {
      for (String name : new String[] {".go.buildinfo", "__go_buildinfo"}) {
        var s = exe.section(name);
        if (s.isPresent() && startsWithMagic(b, (int) s.get().offset())) {
          return (int) s.get().offset();
        }
      }
    }
    outer:
    for (int i = 0; i + MAGIC_BYTES.length <= b.length; i++) {
      if (b[i] != MAGIC_BYTES[0]) {
        continue;
      }
      for (int j = 1; j < MAGIC_BYTES.length; j++) {
        if (b[i + j] != MAGIC_BYTES[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean startsWithMagic(byte[] b, int off) {
    if (off < 0 || off + MAGIC_BYTES.length > b.length) {
      return false;
    }
    for (int j = 0; j < MAGIC_BYTES.length; j++) {
      if (b[off + j] != MAGIC_BYTES[j]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] varintString(byte[] b, int[] pos) throws MalformedFileException {
    long len = 0;
    int shift = 0;
    while (true) {
      if (pos[0] >= b.length || shift > 35) {
        throw new MalformedFileException("truncated varint in Go build information");
      }
      int x = b[pos[0]++] & 0xff;
      len |= (long) (x & 0x7f) << shift;
      if (x < 0x80) {
        break;
      }
      shift += 7;
    }
    if (len > MAX_STRING || pos[0] + len > b.length) {
      throw new MalformedFileException("Go build information string of " + len + " bytes");
    }
    byte[] s = Arrays.copyOfRange(b, pos[0], pos[0] + (int) len);
    pos[0] += (int) len;
    return s;
  }

  private static long ptr(ByteBuffer h, int at, int size) throws MalformedFileException {
    if (at < 0 || at + size > h.limit()) {
      throw new MalformedFileException("pointer outside the file");
    }
    return size == 8 ? h.getLong(at) : Integer.toUnsignedLong(h.getInt(at));
  }

  private static byte[] goString(Executable exe, ByteBuffer h, long addr, int ptrSize)
      throws MalformedFileException {
    long hdr = exe.offsetOf(addr);
    if (hdr < 0 || hdr > Integer.MAX_VALUE - 16) {
      throw new MalformedFileException(
          "Go string header at 0x" + Long.toHexString(addr) + " is in no section");
    }
    long data = ptr(h, (int) hdr, ptrSize);
    long len = ptr(h, (int) hdr + ptrSize, ptrSize);
    long at = exe.offsetOf(data);
    if (len == 0) {
      return new byte[0];
    }
    if (at < 0 || len > MAX_STRING || at + len > h.limit()) {
      throw new MalformedFileException("Go string of " + len + " bytes outside the file");
    }
    byte[] out = new byte[(int) len];
    h.get((int) at, out);
    return out;
  }
}
