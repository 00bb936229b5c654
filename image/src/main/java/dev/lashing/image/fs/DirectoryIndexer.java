package dev.lashing.image.fs;

import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import dev.lashing.model.Location;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Walks a root directory without following symlinks (they are recorded with their targets, which
 * only the view resolves, inside the root). Sockets are left out: they have no place in an image.
 */
final class DirectoryIndexer {
  private static final int S_IFMT = 0170000;

  private DirectoryIndexer() {}

  static TreeMap<String, Node> index(Path root, Limits limits) throws ImageException {
    TreeMap<String, Node> nodes = new TreeMap<>(FsPaths.ORDER);
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              add(root, dir, nodes, limits);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              add(root, file, nodes, limits);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (TooMany e) {
      throw new ImageException(
          "directory " + root + ": more than " + limits.maxEntries() + " entries (maxEntries)");
    } catch (IOException e) {
      throw new ImageException("directory " + root + ": cannot read " + e.getMessage(), e);
    }
    return nodes;
  }

  private static void add(Path root, Path p, Map<String, Node> nodes, Limits limits)
      throws IOException {
    if (nodes.size() >= limits.maxEntries()) {
      throw new TooMany();
    }
    Map<String, Object> a =
        Files.readAttributes(p, "unix:mode,uid,gid,size", LinkOption.NOFOLLOW_LINKS);
    int mode = (Integer) a.get("mode");
    FileType type = type(mode);
    if (type == null) {
      return;
    }
    String rel = root.relativize(p).toString();
    String path = rel.isEmpty() ? "/" : "/" + rel;
    String target = type == FileType.SYMLINK ? Files.readSymbolicLink(p).toString() : null;
    long size = type == FileType.REGULAR ? (Long) a.get("size") : 0;
    FileEntry e =
        new FileEntry(
            path,
            type,
            size,
            mode & 07777,
            ((Integer) a.get("uid")).longValue() & 0xffffffffL,
            ((Integer) a.get("gid")).longValue() & 0xffffffffL,
            target,
            new Location(path, null),
            -1);
    nodes.put(path, new Node(e, type == FileType.REGULAR ? 0 : -1, false));
  }

  private static @Nullable FileType type(int mode) {
    return switch (mode & S_IFMT) {
      case 0100000 -> FileType.REGULAR;
      case 0040000 -> FileType.DIRECTORY;
      case 0120000 -> FileType.SYMLINK;
      case 0020000 -> FileType.CHAR_DEVICE;
      case 0060000 -> FileType.BLOCK_DEVICE;
      case 0010000 -> FileType.FIFO;
      default -> null;
    };
  }

  private static final class TooMany extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
