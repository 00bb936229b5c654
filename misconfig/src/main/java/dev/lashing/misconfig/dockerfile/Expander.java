package dev.lashing.misconfig.dockerfile;

import java.util.Map;

/**
 * Docker's variable substitution: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code
 * ${VAR-default}}, {@code ${VAR:+alt}}, {@code ${VAR+alt}}. Not inside single quotes; the escape
 * character before {@code $} keeps it literal. Unset variables expand to nothing.
 */
final class Expander {
  private static final int MAX_OUTPUT = 1 << 20;

  private Expander() {}

  static String expand(String text, Map<String, String> vars, char escape) {
    StringBuilder out = new StringBuilder();
    boolean single = false;
    boolean dbl = false;
    int i = 0;
    while (i < text.length() && out.length() < MAX_OUTPUT) {
      char c = text.charAt(i);
      if (c == escape && i + 1 < text.length() && text.charAt(i + 1) == '$' && !single) {
        out.append('$');
        i += 2;
        continue;
      }
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      }
      if (c != '$' || single || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char n = text.charAt(i + 1);
      if (n == '{') {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          out.append(text, i, text.length());
          break;
        }
        out.append(braced(text.substring(i + 2, close), vars, escape));
        i = close + 1;
      } else if (Character.isLetter(n) || n == '_') {
        int j = i + 1;
        while (j < text.length()
            && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
          j++;
        }
        out.append(vars.getOrDefault(text.substring(i + 1, j), ""));
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String braced(String body, Map<String, String> vars, char escape) {
    int j = 0;
    while (j < body.length()
        && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '_')) {
      j++;
    }
    String name = body.substring(0, j);
    String value = vars.get(name);
    String rest = body.substring(j);
    if (rest.startsWith(":-")) {
      return value == null || value.isEmpty() ? expand(rest.substring(2), vars, escape) : value;
    } else if (rest.startsWith("-")) {
      return value == null ? expand(rest.substring(1), vars, escape) : value;
    } else if (rest.startsWith(":+")) {
      return value == null || value.isEmpty() ? "" : expand(rest.substring(2), vars, escape);
    } else if (rest.startsWith("+")) {
      return value == null ? "" : expand(rest.substring(1), vars, escape);
    }
    return value == null ? "" : value;
  }
}
