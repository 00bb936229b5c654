package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RubyGems {@code Gem::Version}: the version ('-' read as {@code .pre.}) is cut into numeric and
 * alphabetic segments; trailing zeros of the release part and of the pre-release part are dropped;
 * segments compare pairwise (a missing one counts as 0): numbers by value, strings by byte order,
 * and a string (pre-release) before a number. Fallback: the same segmentation applied to any
 * string.
 */
final class RubyGemsVersion {
  private RubyGemsVersion() {}

  private static final Pattern VALID =
      Pattern.compile(
          "\\s*([0-9]+(?:\\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?)?\\s*");
  private static final Pattern SEGMENT = Pattern.compile("[0-9]+|[a-zA-Z]+");

  static boolean isValid(String text) {
    return VALID.matcher(text).matches();
  }

  static List<String> segments(String text) {
    Matcher m = SEGMENT.matcher(text.strip().replace("-", ".pre."));
    List<String> all = new ArrayList<>();
    while (m.find()) {
      all.add(m.group());
    }
    int firstString = 0;
    while (firstString < all.size() && Digits.allDigits(all.get(firstString))) {
      firstString++;
    }
    List<String> release = new ArrayList<>(all.subList(0, firstString));
    List<String> pre = new ArrayList<>(all.subList(firstString, all.size()));
    dropTrailingZeros(release);
    dropTrailingZeros(pre);
    release.addAll(pre);
    return release;
  }

  private static void dropTrailingZeros(List<String> parts) {
    while (!parts.isEmpty()
        && Digits.allDigits(parts.getLast())
        && Digits.stripZeros(parts.getLast()).isEmpty()) {
      parts.removeLast();
    }
  }

  static int compare(String a, String b) {
    List<String> x = segments(a);
    List<String> y = segments(b);
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      String l = i < x.size() ? x.get(i) : "0";
      String r = i < y.size() ? y.get(i) : "0";
      boolean ln = Digits.allDigits(l);
      boolean rn = Digits.allDigits(r);
      int c;
      if (ln && rn) {
        c = Digits.compareNumeric(l, r);
      } else if (ln != rn) {
        c = ln ? 1 : -1;
      } else {
        c = Integer.signum(l.compareTo(r));
      }
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
