package dev.lashing.image.archive;

import dev.lashing.image.ImageException;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/**
 * The files of an image source on disk, addressed by relative slash-separated paths: a layout
 * directory or a tar archive. Paths that leave the root (through {@code ..} or symlinks) are
 * refused with an {@link IOException} naming them; a missing file is a {@link NoSuchFileException}.
 */
sealed interface FileTree extends Closeable permits DirTree, TarTree {

  /** What the user named, for messages. */
  String name();

  /** Whether a regular file (after following links inside the tree) exists at {@code path}. */
  boolean exists(String path);

  /** Size in bytes of the regular file at {@code path}. */
  long size(String path) throws IOException;

  /** The bytes of the regular file at {@code path}, bounded to its size. */
  InputStream open(String path) throws IOException;

  /** The path a link at {@code path} finally resolves to (itself when it is no link). */
  String resolvedPath(String path) throws IOException;

  /** Reads a small file (JSON) whole, refusing one over {@code maxBytes}. */
  static byte[] readSmall(FileTree tree, String path, int maxBytes) throws ImageException {
    String where = tree.name() + ": " + path;
    try {
      long size = tree.size(path);
      if (size > maxBytes) {
        throw new ImageException(
            where + " is " + size + " bytes, over the " + maxBytes + "-byte limit for JSON");
      }
      try (InputStream in = tree.open(path)) {
        byte[] bytes = in.readNBytes((int) size);
        if (bytes.length != size) {
          throw new ImageException(where + ": truncated (" + bytes.length + " of " + size + ")");
        }
        return bytes;
      }
    } catch (NoSuchFileException | FileNotFoundException e) {
      throw new ImageException(where + ": missing");
    } catch (IOException e) {
      throw new ImageException(where + ": " + message(e), e);
    }
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().get();
  }
}
