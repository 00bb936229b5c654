package dev.lashing.catalog.rpm;

import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.OsPaths;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses an rpm header blob as the rpm database stores it (no lead, no magic): {@code il} and
 * {@code dl} (big-endian int32), {@code il} index entries of 16 bytes (tag, type, offset, count),
 * then {@code dl} bytes of data. Every offset and count is checked against the blob.
 */
final class RpmHeaderParser {
  static final int MAX_INDEX = 0xFFFF;
  static final int MAX_DATA = 256 << 20;
  private static final int STRING = 6;
  private static final int STRING_ARRAY = 8;
  private static final int I18NSTRING = 9;
  private static final int INT32 = 4;

  private RpmHeaderParser() {}

  private record Index(int type, int offset, int count) {}

  static RpmEntry parse(byte[] blob) throws DbFormatException {
    if (blob.length < 8) {
      throw new DbFormatException("rpm header of " + blob.length + " bytes is too short");
    }
    ByteBuffer b = ByteBuffer.wrap(blob);
    int il = b.getInt(0);
    int dl = b.getInt(4);
    if (il < 1 || il > MAX_INDEX || dl < 0 || dl > MAX_DATA) {
      throw new DbFormatException("rpm header declares " + il + " entries and " + dl + " bytes");
    }
    long need = 8L + il * 16L + dl;
    if (need > blob.length) {
      throw new DbFormatException(
          "rpm header truncated: needs " + need + " bytes, has " + blob.length);
    }
    int store = 8 + il * 16;
    Map<Integer, Index> index = new HashMap<>();
    for (int i = 0; i < il; i++) {
      int at = 8 + i * 16;
      index.putIfAbsent(
          b.getInt(at), new Index(b.getInt(at + 4), b.getInt(at + 8), b.getInt(at + 12)));
    }
    Data d = new Data(blob, store, dl, index);
    String name = d.string(1000);
    if (name == null || name.isBlank()) {
      throw new DbFormatException("rpm header without a NAME");
    }
    Integer epoch = d.int32(1003);
    List<String> files = new ArrayList<>();
    List<String> base = d.strings(1117);
    List<String> dirs = d.strings(1118);
    int[] dirIndexes = d.int32s(1116);
    if (dirIndexes.length != base.size() && !base.isEmpty()) {
      throw new DbFormatException(
          "rpm header of " + name + ": BASENAMES and DIRINDEXES differ in length");
    }
    for (int i = 0; i < base.size(); i++) {
      int di = dirIndexes[i];
      if (di < 0 || di >= dirs.size()) {
        throw new DbFormatException("rpm header of " + name + ": DIRINDEXES out of range");
      }
      addPath(files, dirs.get(di) + base.get(i));
    }
    if (base.isEmpty()) {
      d.strings(1027).forEach(p -> addPath(files, p));
    }
    return new RpmEntry(
        name,
        orEmpty(d.string(1001)),
        orEmpty(d.string(1002)),
        epoch,
        d.string(1022),
        d.string(1014),
        d.string(1011),
        d.string(1044),
        files,
        d.strings(1049),
        d.strings(1047));
  }

  private static void addPath(List<String> files, String raw) {
    String p = OsPaths.normalize(raw);
    if (p != null) {
      files.add(p);
    }
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** Typed, bounds-checked access to the data store. */
  private record Data(byte[] blob, int store, int dl, Map<Integer, Index> index) {
    @Nullable String string(int tag) throws DbFormatException {
      Index e = index.get(tag);
      if (e == null) {
        return null;
      }
      if (e.type() != STRING && e.type() != I18NSTRING && e.type() != STRING_ARRAY) {
        throw new DbFormatException("rpm tag " + tag + " has type " + e.type() + ", not a string");
      }
      return readStrings(tag, e, 1).getFirst();
    }

    List<String> strings(int tag) throws DbFormatException {
      Index e = index.get(tag);
      if (e == null) {
        return List.of();
      }
      if (e.type() != STRING_ARRAY && e.type() != STRING && e.type() != I18NSTRING) {
        throw new DbFormatException("rpm tag " + tag + " has type " + e.type() + ", not strings");
      }
      return readStrings(tag, e, e.type() == STRING ? 1 : e.count());
    }

    private List<String> readStrings(int tag, Index e, int count) throws DbFormatException {
      if (count < 1 || count > dl || e.offset() < 0 || e.offset() >= dl) {
        throw new DbFormatException("rpm tag " + tag + ": offset or count out of range");
      }
      List<String> out = new ArrayList<>(Math.min(count, 1024));
      int pos = store + e.offset();
      int end = store + dl;
      for (int i = 0; i < count; i++) {
        int nul = pos;
        while (nul < end && blob[nul] != 0) {
          nul++;
        }
        if (nul >= end) {
          throw new DbFormatException("rpm tag " + tag + ": string runs past the data");
        }
        out.add(new String(blob, pos, nul - pos, StandardCharsets.UTF_8));
        pos = nul + 1;
      }
      return out;
    }

    @Nullable Integer int32(int tag) throws DbFormatException {
      int[] v = int32s(tag);
      return v.length == 0 ? null : v[0];
    }

    int[] int32s(int tag) throws DbFormatException {
      Index e = index.get(tag);
      if (e == null) {
        return new int[0];
      }
      if (e.type() != INT32) {
        throw new DbFormatException("rpm tag " + tag + " has type " + e.type() + ", not int32");
      }
      if (e.count() < 1 || e.offset() < 0 || e.offset() + 4L * e.count() > dl) {
        throw new DbFormatException("rpm tag " + tag + ": offset or count out of range");
      }
      ByteBuffer b = ByteBuffer.wrap(blob);
      int[] out = new int[e.count()];
      for (int i = 0; i < out.length; i++) {
        out[i] = b.getInt(store + e.offset() + 4 * i);
      }
      return out;
    }
  }
}
