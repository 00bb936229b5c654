package dev.lashing.image.archive;

import dev.lashing.image.Compression;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A tar archive (plain or gzip-compressed) read in place: indexed once, then entries are read by
 * random access. A gzip-compressed tar is first decompressed once into a temporary tar under {@link
 * ImageOptions#tempDir()} (bounded by {@code maxTotalBytes}, deleted on close); layer blobs inside
 * it are never unpacked.
 */
final class TarTree implements FileTree {
  private final String name;
  private final FileChannel ch;
  private final TarIndex index;
  private final @Nullable Path temp;

  private TarTree(String name, FileChannel ch, TarIndex index, @Nullable Path temp) {
    this.name = name;
    this.ch = ch;
    this.index = index;
    this.temp = temp;
  }

  static TarTree open(Path file, ImageOptions options) throws ImageException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new ImageException(name + ": no such file");
    }
    Path temp = null;
    FileChannel ch = null;
    try {
      Path tar = file;
      if (isGzip(file)) {
        temp = spoolGunzip(file, options);
        tar = temp;
      }
      ch = FileChannel.open(tar, StandardOpenOption.READ);
      TarIndex index = TarIndex.read(ch, name, options.limits());
      return new TarTree(name, ch, index, temp);
    } catch (IOException e) {
      cleanup(ch, temp);
      throw new ImageException(name + ": cannot read (" + FileTree.message(e) + ")", e);
    } catch (ImageException | RuntimeException e) {
      cleanup(ch, temp);
      throw e;
    }
  }

  private static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return Compression.sniff(head, head.length) == Compression.GZIP;
    }
  }

  private static Path spoolGunzip(Path file, ImageOptions options)
      throws IOException, ImageException {
    Path dir = options.tempDir();
    Path temp =
        dir == null
            ? Files.createTempFile("lashing-", ".tar")
            : Files.createTempFile(dir, "lashing-", ".tar");
    long max = options.limits().maxTotalBytes();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        OutputStream out = Files.newOutputStream(temp)) {
      byte[] buf = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > max) {
          throw new ImageException(
              file + ": decompresses to more than " + max + " bytes (limit); refusing");
        }
        out.write(buf, 0, n);
      }
      return temp;
    } catch (EOFException e) {
      Files.deleteIfExists(temp);
      throw new ImageException(file + ": truncated gzip stream", e);
    } catch (IOException | ImageException | RuntimeException e) {
      Files.deleteIfExists(temp);
      if (e instanceof IOException io) {
        throw new ImageException(file + ": corrupt gzip data (" + FileTree.message(io) + ")", e);
      }
      throw e;
    }
  }

  private static void cleanup(@Nullable FileChannel ch, @Nullable Path temp) {
    try {
      if (ch != null) {
        ch.close();
      }
    } catch (IOException ignored) {
      // Best effort while already failing.
    }
    try {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException ignored) {
      // Best effort while already failing.
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean exists(String path) {
    return index.contains(path);
  }

  @Override
  public long size(String path) throws IOException {
    return index.require(path).size();
  }

  @Override
  public InputStream open(String path) throws IOException {
    TarIndex.Entry e = index.require(path);
    return new SliceInputStream(ch, e.offset(), e.size(), name + ": " + path);
  }

  @Override
  public String resolvedPath(String path) throws IOException {
    TarIndex.Entry e = index.require(path);
    String n = e.name();
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    return ArchivePaths.normalize(n, false);
  }

  /** Whether the tar holds an entry of that name (file or link), without resolving it. */
  boolean has(String path) {
    try {
      return index.resolve(path) != null;
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      ch.close();
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
