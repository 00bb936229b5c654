package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NuGet version: one to four dotted numbers (legacy {@code 1.0.0.1}; missing parts are 0, leading
 * zeros allowed), an optional SemVer 2 pre-release and build metadata. Numbers by value, release
 * after pre-release, pre-release identifiers like SemVer but case-insensitive, build ignored.
 * Fallback: the lenient reading of {@link SemverVersion} generalised to four numbers.
 */
record NuGetVersion(List<String> numbers, List<String> pre) {
  private static final Pattern VALID =
      Pattern.compile(
          "v?[0-9]+(\\.[0-9]+){0,3}(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  static NuGetVersion parse(String text) {
    String s = text.strip();
    if (s.startsWith("v") || s.startsWith("V")) {
      s = s.substring(1);
    }
    int plus = s.indexOf('+');
    if (plus >= 0) {
      s = s.substring(0, plus);
    }
    List<String> numbers = new ArrayList<>();
    int i = 0;
    while (numbers.size() < 4) {
      int n = Digits.digitRun(s, i);
      numbers.add(n == 0 ? "0" : s.substring(i, i + n));
      i += n;
      if (i < s.length() && s.charAt(i) == '.' && numbers.size() < 4) {
        i++;
      } else {
        break;
      }
    }
    while (numbers.size() < 4) {
      numbers.add("0");
    }
    String rest = s.substring(i);
    if (rest.startsWith("-") || rest.startsWith(".")) {
      rest = rest.substring(1);
    }
    List<String> pre = rest.isEmpty() ? List.of() : List.of(rest.split("\\.", -1));
    return new NuGetVersion(List.copyOf(numbers), pre);
  }

  static boolean isValid(String text) {
    return VALID.matcher(text).matches();
  }

  static int compare(String a, String b) {
    NuGetVersion x = parse(a);
    NuGetVersion y = parse(b);
    for (int k = 0; k < 4; k++) {
      int c = Digits.compareNumeric(x.numbers.get(k), y.numbers.get(k));
      if (c != 0) {
        return c;
      }
    }
    if (x.pre.isEmpty() || y.pre.isEmpty()) {
      return Boolean.compare(x.pre.isEmpty(), y.pre.isEmpty());
    }
    return SemverVersion.compareIdentifiers(x.pre, y.pre, true);
  }
}
