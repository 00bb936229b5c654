package dev.lashing.misconfig.secret;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Path globs as {@link java.nio.file.FileSystem#getPathMatcher} reads them, on absolute paths. */
final class Globs {
  private Globs() {}

  /** A pattern not starting with {@code /} or {@code **} is taken relative to the root. */
  static PathMatcher compile(String glob) {
    String g = glob.startsWith("/") || glob.startsWith("**") ? glob : "/" + glob;
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + g);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a path glob: '" + glob + "': " + e.getMessage());
    }
  }

  static boolean any(List<PathMatcher> matchers, String absolutePath) {
    if (matchers.isEmpty()) {
      return false;
    }
    Path p;
    try {
      p = Path.of(absolutePath);
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
    for (PathMatcher m : matchers) {
      if (m.matches(p)) {
        return true;
      }
    }
    return false;
  }
}
