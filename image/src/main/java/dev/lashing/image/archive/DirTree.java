package dev.lashing.image.archive;

import dev.lashing.image.ImageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An OCI layout directory. Every file is resolved to its real path and must stay under the layout's
 * real root, so a symlinked blob pointing elsewhere on the host is refused.
 */
final class DirTree implements FileTree {
  private final String name;
  private final Path root;

  private DirTree(String name, Path root) {
    this.name = name;
    this.root = root;
  }

  static DirTree open(Path dir) throws ImageException {
    try {
      return new DirTree(dir.toString(), dir.toRealPath());
    } catch (IOException e) {
      throw new ImageException(dir + ": cannot open directory (" + FileTree.message(e) + ")", e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean exists(String path) {
    try {
      real(path);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public long size(String path) throws IOException {
    return Files.size(real(path));
  }

  @Override
  public InputStream open(String path) throws IOException {
    return Files.newInputStream(real(path), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public String resolvedPath(String path) throws IOException {
    return root.relativize(real(path)).toString().replace('\\', '/');
  }

  private Path real(String path) throws IOException {
    String rel = ArchivePaths.normalize(path, false);
    Path p = root.resolve(rel);
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new NoSuchFileException(rel);
    }
    Path real;
    try {
      real = p.toRealPath();
    } catch (NoSuchFileException e) {
      throw new IOException("'" + rel + "': dangling symlink", e);
    }
    if (!real.startsWith(root)) {
      throw new IOException("'" + rel + "': symlink points outside the layout");
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("'" + rel + "': not a regular file");
    }
    return real;
  }

  @Override
  public void close() {
    // Nothing held open between calls.
  }
}
