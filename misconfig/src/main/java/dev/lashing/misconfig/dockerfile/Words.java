package dev.lashing.misconfig.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shell-like word splitting (quotes removed) and JSON string-array parsing for exec forms. */
final class Words {
  private Words() {}

  /** Splits on unquoted whitespace; single and double quotes group and are removed. */
  static List<String> split(String text, char escape) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == escape && quote == '"' && i + 1 < text.length()) {
          word.append(text.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == escape && i + 1 < text.length()) {
        word.append(text.charAt(++i));
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          out.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      out.add(word.toString());
    }
    return out;
  }

  /** The elements of a JSON array of strings, or empty when {@code text} is not exactly one. */
  static Optional<List<String>> jsonArray(String text) {
    String s = text.strip();
    if (!s.startsWith("[") || !s.endsWith("]")) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    int i = skip(s, 1);
    if (i < s.length() - 1) {
      while (true) {
        if (s.charAt(i) != '"') {
          return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          char c = s.charAt(i);
          if (c == '\\' && i + 1 < s.length()) {
            char e = s.charAt(++i);
            switch (e) {
              case 'n' -> b.append('\n');
              case 't' -> b.append('\t');
              case 'r' -> b.append('\r');
              case 'b' -> b.append('\b');
              case 'f' -> b.append('\f');
              case 'u' -> {
                if (i + 4 >= s.length()) {
                  return Optional.empty();
                }
                try {
                  b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                } catch (NumberFormatException ex) {
                  return Optional.empty();
                }
                i += 4;
              }
              default -> b.append(e);
            }
          } else {
            b.append(c);
          }
          i++;
        }
        if (i >= s.length()) {
          return Optional.empty();
        }
        out.add(b.toString());
        i = skip(s, i + 1);
        if (s.charAt(i) == ',') {
          i = skip(s, i + 1);
        } else if (i == s.length() - 1) {
          break;
        } else {
          return Optional.empty();
        }
      }
    }
    return Optional.of(out);
  }

  private static int skip(String s, int i) {
    while (i < s.length() - 1 && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
