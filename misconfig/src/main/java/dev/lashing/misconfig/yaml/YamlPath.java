package dev.lashing.misconfig.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits check paths such as {@code a.b[0]['c.d']} into {@code a}, {@code b}, {@code [0]}, {@code
 * c.d}.
 */
final class YamlPath {
  private YamlPath() {}

  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        flush(key, out);
        i++;
      } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
        flush(key, out);
        int end = path.indexOf("']", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated ['key'] in path " + path);
        }
        out.add(path.substring(i + 2, end));
        i = end + 2;
      } else if (c == '[') {
        flush(key, out);
        int end = path.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated [index] in path " + path);
        }
        out.add(path.substring(i, end + 1));
        i = end + 1;
      } else {
        key.append(c);
        i++;
      }
    }
    flush(key, out);
    return out;
  }

  private static void flush(StringBuilder key, List<String> out) {
    if (!key.isEmpty()) {
      out.add(key.toString());
      key.setLength(0);
    }
  }
}
