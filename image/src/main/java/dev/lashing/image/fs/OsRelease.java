package dev.lashing.image.fs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses os-release files as the freedesktop.org specification defines them: {@code KEY=value}
 * lines, values optionally in single or double quotes, backslash escapes for {@code $ " \ `} and
 * newline, {@code #} comments and blank lines ignored. Malformed lines are skipped.
 */
final class OsRelease {
  private OsRelease() {}

  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        continue;
      }
      String value = unquote(line.substring(eq + 1).strip());
      if (value != null) {
        out.put(key, value);
      }
    }
    return out;
  }

  /** Shell-style value: concatenated quoted and unquoted parts; null if a quote is unbalanced. */
  private static @org.jspecify.annotations.Nullable String unquote(String v) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < v.length()) {
      char c = v.charAt(i);
      if (c == '\'') {
        int end = v.indexOf('\'', i + 1);
        if (end < 0) {
          return null;
        }
        b.append(v, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        i++;
        boolean closed = false;
        while (i < v.length()) {
          char d = v.charAt(i);
          if (d == '"') {
            closed = true;
            i++;
            break;
          }
          if (d == '\\' && i + 1 < v.length() && "$\"\\`\n".indexOf(v.charAt(i + 1)) >= 0) {
            b.append(v.charAt(i + 1));
            i += 2;
          } else {
            b.append(d);
            i++;
          }
        }
        if (!closed) {
          return null;
        }
      } else if (c == '\\' && i + 1 < v.length()) {
        b.append(v.charAt(i + 1));
        i += 2;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(v.charAt(i - 1)))) {
        break;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString().strip();
  }
}
