package dev.lashing.catalog.rpm;

import dev.lashing.catalog.distro.DbFormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rpm's own NDB format ({@code Packages.db}, rpm's {@code lib/backend/ndb/rpmpkg.c}): a
 * 32-byte header ({@code RpmP}, version 0, generation, slot page count) opening the slot pages;
 * 16-byte slots ({@code Slot}, package index, block offset, block count); blobs at 16-byte blocks
 * starting with a head ({@code BlbS}, package index, generation, length) and the header blob.
 */
final class NdbReader {
  static final int MAGIC = 'R' | 'p' << 8 | 'm' << 16 | 'P' << 24;
  private static final int SLOT_MAGIC = 'S' | 'l' << 8 | 'o' << 16 | 't' << 24;
  private static final int BLOB_MAGIC = 'B' | 'l' << 8 | 'b' << 16 | 'S' << 24;
  private static final int PAGE = 4096;
  private static final int BLOCK = 16;
  private static final int MAX_SLOT_PAGES = 2048;

  private NdbReader() {}

  static boolean looksLike(byte[] db) {
    return db.length >= 4 && ByteBuffer.wrap(db).order(ByteOrder.LITTLE_ENDIAN).getInt(0) == MAGIC;
  }

  static List<byte[]> read(byte[] db) throws DbFormatException {
    if (db.length < 32 || !looksLike(db)) {
      throw new DbFormatException("not an rpm NDB database (bad magic)");
    }
    ByteBuffer b = ByteBuffer.wrap(db).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(4) != 0) {
      throw new DbFormatException("NDB version " + b.getInt(4) + " is not supported");
    }
    int slotPages = b.getInt(12);
    if (slotPages < 1 || slotPages > MAX_SLOT_PAGES || (long) slotPages * PAGE > db.length) {
      throw new DbFormatException("NDB slot page count " + slotPages + " is invalid");
    }
    List<byte[]> out = new ArrayList<>();
    int slots = slotPages * (PAGE / 16);
    for (int i = 2; i < slots; i++) {
      int at = i * 16;
      if (b.getInt(at) != SLOT_MAGIC) {
        throw new DbFormatException("NDB slot " + i + ": bad magic");
      }
      int pkg = b.getInt(at + 4);
      if (pkg == 0) {
        continue;
      }
      long off = Integer.toUnsignedLong(b.getInt(at + 8)) * BLOCK;
      long blocks = Integer.toUnsignedLong(b.getInt(at + 12));
      if (off < (long) slotPages * PAGE || off + 16 > db.length || blocks * BLOCK < 16) {
        throw new DbFormatException("NDB slot " + i + ": blob offset out of range");
      }
      int head = (int) off;
      if (b.getInt(head) != BLOB_MAGIC || b.getInt(head + 4) != pkg) {
        throw new DbFormatException("NDB package " + pkg + ": bad blob head");
      }
      long len = Integer.toUnsignedLong(b.getInt(head + 12));
      if (len > blocks * BLOCK - 16 || head + 16 + len > db.length) {
        throw new DbFormatException("NDB package " + pkg + ": blob of " + len + " bytes overflows");
      }
      byte[] blob = new byte[(int) len];
      System.arraycopy(db, head + 16, blob, 0, blob.length);
      out.add(blob);
    }
    return out;
  }
}
