package dev.lashing.image.archive;

import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
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
      ChannelInput counting = new ChannelInput(ch);
      TarArchiveInputStream tar = new TarArchiveInputStream(counting);
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (++count > limits.maxEntries()) {
          throw new ImageException(
              where + ": more than " + limits.maxEntries() + " entries in the archive (limit)");
        }
        Entry entry = entry(e, counting.position);
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
      if (counting.cutShort && last != null) {
        throw new ImageException(
            where
                + ": truncated tar (ends inside the header after entry '"
                + printable(last)
                + "')");
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

  /** Reads a channel sequentially, knowing its position; skips without reading. */
  private static final class ChannelInput extends InputStream {
    private final SeekableByteChannel ch;
    private long position;
    private boolean cutShort;

    ChannelInput(SeekableByteChannel ch) throws IOException {
      this.ch = ch;
      this.position = ch.position();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      ch.position(position);
      int n = ch.read(ByteBuffer.wrap(b, off, len));
      if (n > 0) {
        position += n;
        cutShort |= n < len && position >= ch.size();
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = Math.max(0, Math.min(n, ch.size() - position));
      position += k;
      return k;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(Integer.MAX_VALUE, Math.max(0, ch.size() - position));
    }
  }
}
