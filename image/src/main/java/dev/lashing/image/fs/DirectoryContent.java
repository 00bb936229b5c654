package dev.lashing.image.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads regular files of a root directory directly, never following a symlink: the file is opened
 * with {@code O_NOFOLLOW} and its parent must still be the real directory it was indexed as.
 */
final class DirectoryContent implements Content {
  private final Path root;

  DirectoryContent(Path root) {
    this.root = root;
  }

  @Override
  public InputStream open(Node node) throws IOException {
    return BoundedStream.lazy(() -> openFile(node), node.entry().size());
  }

  private InputStream openFile(Node node) throws IOException {
    String rel = node.path().substring(1);
    Path file = root.resolve(rel);
    Path parent = file.getParent();
    if (parent == null || !parent.toRealPath().equals(parent)) {
      throw new IOException(
          root + ": a parent directory of " + node.path() + " is now a symlink; not following it");
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(root + ": " + node.path() + " is no longer a regular file");
    }
    return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public void readEach(List<Node> nodes, ContentVisitor visitor) throws IOException {
    for (Node n : nodes) {
      try (InputStream in = open(n)) {
        visitor.visit(n.entry(), in);
      }
    }
  }
}
