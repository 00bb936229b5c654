package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Packagist (Composer) versions, ordered as PHP's {@code version_compare} after Composer's
 * normalisation: a leading {@code v} is dropped and case ignored; '-', '_' and '+' become '.'; a
 * '.' goes between every digit/non-digit change; empty parts vanish. Parts compare pairwise:
 * numbers by value; words by rank (unknown < dev < alpha = a < beta = b < rc < number = '#' < pl =
 * p, matched by prefix); a number against a word as '#'. When one side has parts left, a number
 * there makes it newer, otherwise the rest compares against '#'. Any string reads this way.
 */
final class ComposerVersion {
  private ComposerVersion() {}

  private static final Pattern VALID =
      Pattern.compile(
          "(?i)v?[0-9]+(\\.[0-9]+){0,3}([-._]?(stable|beta|b|rc|alpha|a|patch|pl|p)([.-]?[0-9]+)*)?"
              + "([.-]?dev)?|dev-.+|[0-9]+(\\.[0-9]+){0,3}\\.x-dev");
  private static final List<String> FORMS = List.of("dev", "alpha", "a", "beta", "b", "rc", "#");

  static boolean isValid(String text) {
    return VALID.matcher(text.strip()).matches();
  }

  static List<String> parts(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("v")) {
      s = s.substring(1);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean sep = c == '.' || c == '-' || c == '_' || c == '+';
      boolean boundary =
          !cur.isEmpty() && Digits.isDigit(c) != Digits.isDigit(cur.charAt(cur.length() - 1));
      if (sep || boundary) {
        if (!cur.isEmpty()) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      }
      if (!sep) {
        cur.append(c);
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  private static int rank(String part) {
    if (Digits.isDigit(part.charAt(0))) {
      return rank("#");
    }
    for (int i = 0; i < FORMS.size(); i++) {
      if (part.startsWith(FORMS.get(i))) {
        return switch (FORMS.get(i)) {
          case "dev" -> 0;
          case "alpha", "a" -> 1;
          case "beta", "b" -> 2;
          case "rc" -> 3;
          default -> 4;
        };
      }
    }
    return part.startsWith("p") ? 5 : -1;
  }

  static int compare(String a, String b) {
    return compare(parts(a), parts(b));
  }

  private static int compare(List<String> x, List<String> y) {
    int n = Math.min(x.size(), y.size());
    for (int i = 0; i < n; i++) {
      String l = x.get(i);
      String r = y.get(i);
      int c =
          Digits.allDigits(l) && Digits.allDigits(r)
              ? Digits.compareNumeric(l, r)
              : Integer.compare(rank(l), rank(r));
      if (c != 0) {
        return c;
      }
    }
    if (x.size() > n) {
      return Digits.allDigits(x.get(n)) ? 1 : compare(x.subList(n, x.size()), List.of("#"));
    }
    if (y.size() > n) {
      return Digits.allDigits(y.get(n)) ? -1 : compare(List.of("#"), y.subList(n, y.size()));
    }
    return 0;
  }
}
