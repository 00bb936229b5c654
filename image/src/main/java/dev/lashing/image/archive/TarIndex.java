package dev.lashing.image.archive;

import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.jspecify.annotations.Nullable;

/**
 * One sequential pass over an uncompressed outer tar: each entry's name, type, link target and the
 * offset and size of its data, so entries can later be read in place by random access.
 */
final class TarIndex {
  private static final int MAX_LINK_HOPS = 16;

  enum Type {
    FILE,
    DIR,
    SYMLINK,
    HARDLINK,
    OTHER
  }

  /** One entry; {@code offset} is where its data starts in the tar. */
  record Entry(String name, Type type, long offset, long size, @Nullable String link) {}

  private final Map<String, Entry> entries;

  private TarIndex(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Indexes the tar in {@code ch}. Fails with a one-line message naming {@code where} if the data
   * is not a tar, is truncated, or has more than {@code limits.maxEntries()} entries.
   */
  static TarIndex read(SeekableByteChannel ch, String where, Limits limits) throws ImageException {
    Map<String, Entry> entries = new HashMap<>();
    long count = 0;
    String last = null;
    try {
      long total = ch.size();
      if (!firstHeaderValid(ch)) {
        throw notAnImage(where);
      }
      // TarFile reads headers and seeks over entry data (a stream would read every layer byte).
      ch.position(0);
      // Headers are read one block at a time: capping reads caps the entry list TarFile builds.
      HeaderCap capped = new HeaderCap(ch, 3 * limits.maxEntries() + 16);
      List<TarArchiveEntry> all;
      try {
        all = new TarFile(capped).getEntries(); // the caller owns and closes ch
      } catch (HeaderCap.TooMany e) {
        throw new ImageException(
            where + ": more than " + limits.maxEntries() + " entries in the archive (limit)");
      }
      checkEnd(ch, all, where);
      for (TarArchiveEntry e : all) {
        if (++count > limits.maxEntries()) {
          throw new ImageException(
              where + ": more than " + limits.maxEntries() + " entries in the archive (limit)");
        }
        Entry entry = entry(e, e.getDataOffset());
        last = e.getName();
        if (entry.type() == Type.FILE && entry.offset() + entry.size() > total) {
          throw new ImageException(
              where + ": truncated tar (entry '" + printable(last) + "' is cut short)");
        }
        String name = normalizedOrNull(e.getName());
        if (name != null) {
          entries.put(name, entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (count <= 1 && last == null) {
        throw notAnImage(where);
      }
      throw new ImageException(
          where
              + ": truncated or corrupt tar after entry '"
              + printable(last == null ? "?" : last)
              + "' ("
              + FileTree.message(e)
              + ")",
          e);
    }
    if (count == 0) {
      throw notAnImage(where);
    }
    return new TarIndex(entries);
  }

  /**
   * TarFile stops quietly where it finds no further header. What follows the last entry must be the
   * end-of-archive zeros (or nothing): other bytes mean a cut or corrupt header.
   */
  private static void checkEnd(SeekableByteChannel ch, List<TarArchiveEntry> all, String where)
      throws IOException, ImageException {
    if (all.isEmpty()) {
      return;
    }
    TarArchiveEntry last = all.getLast();
    long end = last.getDataOffset() + ((Math.max(0, last.getSize()) + 511) / 512) * 512;
    if (last.isDirectory() || last.isSymbolicLink() || last.isLink()) {
      end = last.getDataOffset();
    }
    if (end >= ch.size()) {
      return;
    }
    ByteBuffer tail = ByteBuffer.allocate((int) Math.min(512, ch.size() - end));
    ch.position(end);
    while (tail.hasRemaining() && ch.read(tail) > 0) {
      // fill
    }
    for (byte b : tail.array()) {
      if (b != 0) {
        String after = printable(last.getName());
        throw new ImageException(
            where
                + (tail.capacity() < 512
                    ? ": truncated tar (ends inside the header after entry '" + after + "')"
                    : ": corrupt tar header after entry '" + after + "'"));
      }
    }
  }

  /** Whether the first 512 bytes are a tar header with a correct checksum. */
  private static boolean firstHeaderValid(SeekableByteChannel ch) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(512);
    ch.position(0);
    while (head.hasRemaining() && ch.read(head) > 0) {
      // Fill the header record.
    }
    ch.position(0);
    return !head.hasRemaining() && TarUtils.verifyCheckSum(head.array());
  }

  static ImageException notAnImage(String where) {
    return new ImageException(
        where + ": not a container image (no manifest.json or oci-layout/index.json found)");
  }

  private static Entry entry(TarArchiveEntry e, long offset) {
    Type type;
    if (e.isSymbolicLink()) {
      type = Type.SYMLINK;
    } else if (e.isLink()) {
      type = Type.HARDLINK;
    } else if (e.isDirectory()) {
      type = Type.DIR;
    } else if (e.isFile() && !e.isSparse()) {
      type = Type.FILE;
    } else {
      type = Type.OTHER;
    }
    String link = type == Type.SYMLINK || type == Type.HARDLINK ? e.getLinkName() : null;
    return new Entry(e.getName(), type, offset, type == Type.FILE ? e.getSize() : 0, link);
  }

  private static @Nullable String normalizedOrNull(String name) {
    String n = name;
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    try {
      return ArchivePaths.normalize(n, false);
    } catch (IOException e) {
      return null;
    }
  }

  /** Number of distinct entry names. */
  int size() {
    return entries.size();
  }

  boolean contains(String path) {
    try {
      return resolve(path) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The regular-file entry {@code path} names, following symlinks (relative to the link's
   * directory) and hardlinks (relative to the root) inside the tar; null if there is none.
   *
   * @throws IOException if a link escapes the archive, loops, or ends at something not a file
   */
  @Nullable Entry resolve(String path) throws IOException {
    String p = ArchivePaths.normalize(path, false);
    for (int hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      Entry e = entries.get(p);
      if (e == null) {
        return null;
      }
      switch (e.type()) {
        case FILE -> {
          return e;
        }
        case SYMLINK -> {
          String target = e.link() == null ? "" : e.link();
          if (target.startsWith("/")) {
            throw new IOException("'" + p + "': symlink to absolute path '" + target + "'");
          }
          String base = ArchivePaths.parent(p);
          p = linkTarget(p, base.isEmpty() ? target : base + "/" + target);
        }
        case HARDLINK -> p = linkTarget(p, e.link() == null ? "" : e.link());
        case DIR, OTHER -> throw new IOException("'" + p + "': not a regular file");
      }
    }
    throw new IOException("'" + path + "': too many links (cycle?)");
  }

  private static String linkTarget(String from, String target) throws IOException {
    try {
      return ArchivePaths.normalize(target, true);
    } catch (IOException e) {
      throw new IOException("'" + from + "': link points outside the archive (" + target + ")");
    }
  }

  /** The existing entry for a path, else a {@link NoSuchFileException}. */
  Entry require(String path) throws IOException {
    Entry e = resolve(path);
    if (e == null) {
      throw new NoSuchFileException(path);
    }
    return e;
  }

  private static String printable(String s) {
    return ArchivePaths.printable(s);
  }

  /** Delegates to a channel but fails after too many reads (each tar header is one read). */
  private static final class HeaderCap implements SeekableByteChannel {
    private final SeekableByteChannel ch;
    private final long maxReads;
    private long reads;

    HeaderCap(SeekableByteChannel ch, long maxReads) {
      this.ch = ch;
      this.maxReads = maxReads;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (++reads > maxReads) {
        throw new TooMany();
      }
      return ch.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      throw new java.nio.channels.NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
      return ch.position();
    }

    @Override
    public SeekableByteChannel position(long p) throws IOException {
      ch.position(p);
      return this;
    }

    @Override
    public long size() throws IOException {
      return ch.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
      throw new java.nio.channels.NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return ch.isOpen();
    }

    @Override
    public void close() {
      // the caller owns the channel
    }

    /** Thrown when the cap is reached. */
    static final class TooMany extends IOException {
      private static final long serialVersionUID = 1L;
    }
  }
}
