package dev.lashing.image.fs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Path arithmetic inside an image: normalization, parents, the order views list entries in. */
final class FsPaths {

  /**
   * Orders paths component by component ({@code /} sorts before every other character), so a
   * directory's subtree directly follows the directory.
   */
  static final Comparator<String> ORDER =
      (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
          char x = a.charAt(i);
          char y = b.charAt(i);
          if (x != y) {
            return x == '/' ? -1 : y == '/' ? 1 : Character.compare(x, y);
          }
        }
        return Integer.compare(a.length(), b.length());
      };

  private FsPaths() {}

  /**
   * Normalizes a tar entry name to an absolute path: leading {@code /} and {@code ./} are dropped,
   * {@code .} and empty components removed, {@code ..} applied. Returns null if {@code ..} would
   * climb above the root.
   */
  static @Nullable String normalize(String name) {
    List<String> parts = new ArrayList<>();
    for (String c : name.split("/", -1)) {
      if (c.isEmpty() || c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.add(c);
      }
    }
    return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
  }

  /** The parent of an absolute normalized path; null for the root. */
  static @Nullable String parent(String path) {
    if (path.equals("/")) {
      return null;
    }
    int i = path.lastIndexOf('/');
    return i == 0 ? "/" : path.substring(0, i);
  }

  /** {@code dir + "/" + name} without doubling the root slash. */
  static String child(String dir, String name) {
    return dir.equals("/") ? "/" + name : dir + "/" + name;
  }

  /** The prefix every path strictly inside {@code dir} starts with. */
  static String subtreePrefix(String dir) {
    return dir.equals("/") ? "/" : dir + "/";
  }

  /** Whether {@code path} lies strictly inside {@code dir}. */
  static boolean isUnder(String path, String dir) {
    return path.length() > dir.length() && path.startsWith(subtreePrefix(dir));
  }
}
