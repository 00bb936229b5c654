package dev.lashing.model.version;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CRAN ({@code 1.2-3}: numbers separated by '.' or '-') and Hackage ({@code 1.2.3.4}): the numbers
 * compare in order and, when one list is a prefix of the other, the shorter is older ({@code 0.1.0
 * < 0.1.0.0}). Fallback: every maximal digit run of any string, in order.
 */
final class DottedNumbers {
  private DottedNumbers() {}

  static final Pattern CRAN = Pattern.compile("[0-9]+([.-][0-9]+)+");
  static final Pattern HACKAGE = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  static List<String> numbers(String s) {
    return Arrays.stream(s.split("[^0-9]+")).filter(p -> !p.isEmpty()).toList();
  }

  static int compare(String a, String b) {
    List<String> x = numbers(a);
    List<String> y = numbers(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = Digits.compareNumeric(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }
}
