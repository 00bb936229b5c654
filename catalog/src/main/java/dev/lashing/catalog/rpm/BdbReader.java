package dev.lashing.catalog.rpm;

import dev.lashing.catalog.distro.DbFormatException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads the values of a Berkeley DB hash database ({@code /var/lib/rpm/Packages}): page 0 is the
 * hash metadata (magic {@code 0x061561}, page size, last page, either byte order); hash pages hold
 * key/value index pairs; rpm headers are stored as off-page items whose bytes follow a chain of
 * overflow pages. Page numbers, chain lengths and sizes are all checked; a cycle is an error.
 */
final class BdbReader {
  static final int HASH_MAGIC = 0x061561;
  static final int BTREE_MAGIC = 0x053162;
  static final int PAGE_HEADER = 26;
  static final int MAX_VALUE = 64 << 20;
  private static final int P_HASH_UNSORTED = 2;
  private static final int P_OVERFLOW = 7;
  private static final int P_HASH = 13;
  private static final int H_OFFPAGE = 3;

  private BdbReader() {}

  static boolean looksLike(byte[] db) {
    return db.length >= 16
        && (magic(db, ByteOrder.LITTLE_ENDIAN) || magic(db, ByteOrder.BIG_ENDIAN));
  }

  private static boolean magic(byte[] db, ByteOrder order) {
    int m = ByteBuffer.wrap(db).order(order).getInt(12);
    return m == HASH_MAGIC || m == BTREE_MAGIC;
  }

  static List<byte[]> read(byte[] db) throws DbFormatException {
    if (db.length < 512) {
      throw new DbFormatException("Berkeley DB file of " + db.length + " bytes is too short");
    }
    ByteBuffer b = ByteBuffer.wrap(db).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(12) != HASH_MAGIC && b.getInt(12) != BTREE_MAGIC) {
      b.order(ByteOrder.BIG_ENDIAN);
    }
    int magic = b.getInt(12);
    if (magic == BTREE_MAGIC) {
      throw new DbFormatException("Berkeley DB btree databases are not rpm Packages files");
    }
    if (magic != HASH_MAGIC) {
      throw new DbFormatException("not a Berkeley DB hash database (bad magic)");
    }
    int pageSize = b.getInt(20);
    if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
      throw new DbFormatException("Berkeley DB page size " + pageSize + " is invalid");
    }
    if (db[24] != 0) {
      throw new DbFormatException("encrypted Berkeley DB databases are not supported");
    }
    long lastPage = Integer.toUnsignedLong(b.getInt(32));
    if ((lastPage + 1) * pageSize > db.length) {
      throw new DbFormatException(
          "truncated: " + (lastPage + 1) + " pages declared, " + db.length / pageSize + " present");
    }
    List<byte[]> out = new ArrayList<>();
    for (int pg = 0; pg <= lastPage; pg++) {
      int base = pg * pageSize;
      int type = db[base + 25] & 0xFF;
      if (type != P_HASH && type != P_HASH_UNSORTED) {
        continue;
      }
      int entries = Short.toUnsignedInt(b.getShort(base + 20));
      if (PAGE_HEADER + 2L * entries > pageSize) {
        throw new DbFormatException("page " + pg + ": " + entries + " entries do not fit");
      }
      for (int i = 1; i < entries; i += 2) {
        int off = Short.toUnsignedInt(b.getShort(base + PAGE_HEADER + 2 * i));
        if (off + 12 > pageSize) {
          if (off < pageSize && (db[base + off] & 0xFF) != H_OFFPAGE) {
            continue;
          }
          throw new DbFormatException("page " + pg + ": item offset " + off + " out of range");
        }
        if ((db[base + off] & 0xFF) != H_OFFPAGE) {
          continue;
        }
        int first = b.getInt(base + off + 4);
        int length = b.getInt(base + off + 8);
        out.add(chain(db, b, pageSize, lastPage, first, length, pg));
      }
    }
    return out;
  }

  private static byte[] chain(
      byte[] db, ByteBuffer b, int pageSize, long lastPage, int first, int length, int from)
      throws DbFormatException {
    if (length < 0 || length > MAX_VALUE) {
      throw new DbFormatException("page " + from + ": value of " + length + " bytes");
    }
    ByteArrayOutputStream value = new ByteArrayOutputStream(Math.min(length, 1 << 20));
    BitSet seen = new BitSet();
    long pg = Integer.toUnsignedLong(first);
    while (pg != 0 && value.size() < length) {
      if (pg > lastPage || seen.get((int) pg)) {
        throw new DbFormatException(
            "page " + from + ": overflow chain " + (pg > lastPage ? "leaves the file" : "cycles"));
      }
      seen.set((int) pg);
      int base = (int) pg * pageSize;
      if ((db[base + 25] & 0xFF) != P_OVERFLOW) {
        throw new DbFormatException("page " + pg + ": expected an overflow page");
      }
      int used = Short.toUnsignedInt(b.getShort(base + 22));
      if (used > pageSize - PAGE_HEADER) {
        throw new DbFormatException("page " + pg + ": overflow length " + used + " too large");
      }
      value.write(db, base + PAGE_HEADER, Math.min(used, length - value.size()));
      pg = Integer.toUnsignedLong(b.getInt(base + 16));
    }
    if (value.size() != length) {
      throw new DbFormatException("page " + from + ": overflow chain ends early");
    }
    return value.toByteArray();
  }
}
