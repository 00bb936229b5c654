package dev.lashing.image.archive;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Normalizes the relative, slash-separated paths used inside archives and layouts, refusing any
 * that would leave the archive root.
 */
final class ArchivePaths {
  private ArchivePaths() {}

  /**
   * Normalizes {@code path} ({@code ./a//b} → {@code a/b}).
   *
   * @param allowDotDot whether {@code ..} may appear as long as it stays inside the root (symlink
   *     targets); names a user or manifest gives never need it
   * @throws IOException naming the path if it is absolute, empty, has a NUL or escapes the root
   */
  static String normalize(String path, boolean allowDotDot) throws IOException {
    if (path.isEmpty() || path.indexOf('\0') >= 0) {
      throw new IOException("'" + printable(path) + "': empty or malformed path");
    }
    if (path.startsWith("/")) {
      throw new IOException("'" + printable(path) + "': absolute path points outside the archive");
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (!allowDotDot || parts.isEmpty()) {
          throw new IOException("'" + printable(path) + "': path escapes the archive");
        }
        parts.removeLast();
      } else {
        parts.addLast(seg);
      }
    }
    if (parts.isEmpty()) {
      throw new IOException("'" + printable(path) + "': names the archive root, not a file");
    }
    return String.join("/", parts);
  }

  /** The directory part of a normalized path, or "" at the root. */
  static String parent(String normalized) {
    int slash = normalized.lastIndexOf('/');
    return slash < 0 ? "" : normalized.substring(0, slash);
  }

  /** The path shortened and with control characters replaced, safe for a one-line message. */
  static String printable(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
  }
}
