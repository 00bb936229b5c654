package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SemVer 2.0.0 {@code MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]} as npm, Go, crates.io and Hex order
 * it: numbers by value, a release after its pre-releases, pre-release identifiers one by one
 * (numeric ones by value and before alphanumeric ones, which compare in ASCII order, a shorter list
 * first), build metadata ignored.
 *
 * <p>Lenient reading (also the fallback for invalid strings): surrounding blanks, a leading {@code
 * =} and {@code v} are dropped; missing numbers count as 0; numbers may have any length; a fourth
 * and later dotted part counts as build metadata; other trailing text counts as a pre-release.
 */
record SemverVersion(List<String> core, List<String> pre, List<String> build) {
  private static final String NUM = "(?:0|[1-9][0-9]*)";
  private static final String PRE_ID = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
  private static final String BUILD_ID = "[0-9A-Za-z-]+";
  static final Pattern STRICT =
      Pattern.compile(
          "v?"
              + NUM
              + "\\."
              + NUM
              + "\\."
              + NUM
              + "(?:-"
              + PRE_ID
              + "(?:\\."
              + PRE_ID
              + ")*)?(?:\\+"
              + BUILD_ID
              + "(?:\\."
              + BUILD_ID
              + ")*)?");

  static SemverVersion parse(String text) {
    String s = text.strip();
    while (!s.isEmpty() && (s.charAt(0) == '=' || s.charAt(0) == 'v' || s.charAt(0) == 'V')) {
      s = s.substring(1).strip();
    }
    List<String> core = new ArrayList<>();
    int i = 0;
    while (core.size() < 3) {
      int n = Digits.digitRun(s, i);
      core.add(n == 0 ? "0" : s.substring(i, i + n));
      i += n;
      if (i < s.length() && s.charAt(i) == '.' && core.size() < 3) {
        i++;
      } else {
        break;
      }
    }
    while (core.size() < 3) {
      core.add("0");
    }
    String rest = s.substring(i);
    List<String> build = new ArrayList<>();
    int plus = rest.indexOf('+');
    if (plus >= 0) {
      build.addAll(List.of(rest.substring(plus + 1).split("\\.", -1)));
      rest = rest.substring(0, plus);
    }
    if (rest.startsWith(".")) {
      build.addAll(0, List.of(rest.substring(1).split("\\.", -1)));
      rest = "";
    }
    if (rest.startsWith("-")) {
      rest = rest.substring(1);
    }
    List<String> pre = rest.isEmpty() ? List.of() : List.of(rest.split("\\.", -1));
    return new SemverVersion(List.copyOf(core), pre, List.copyOf(build));
  }

  static boolean isValid(String text) {
    return STRICT.matcher(text).matches();
  }

  static int compare(String a, String b) {
    if (plain(a) && plain(b)) {
      return comparePlain(a, b);
    }
    return parse(a).compareTo(parse(b));
  }

  /**
   * Strings the lenient reading takes as they are (a digit first; only digits, letters, '.' and
   * '-'): compared in place, with exactly {@link #parse}'s reading, without allocating.
   */
  private static boolean plain(String s) {
    if (s.isEmpty() || !Digits.isDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Digits.isDigit(c) && !Digits.isAsciiLetter(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static int comparePlain(String a, String b) {
    int i = 0;
    int j = 0;
    boolean aOpen = true;
    boolean bOpen = true;
    for (int k = 0; k < 3; k++) {
      int na = aOpen ? Digits.digitRun(a, i) : 0;
      int nb = bOpen ? Digits.digitRun(b, j) : 0;
      int c = Digits.compareNumeric(a, i, i + na, b, j, j + nb);
      if (c != 0) {
        return c;
      }
      i += na;
      j += nb;
      if (aOpen) {
        if (k < 2 && i < a.length() && a.charAt(i) == '.') {
          i++;
        } else {
          aOpen = false;
        }
      }
      if (bOpen) {
        if (k < 2 && j < b.length() && b.charAt(j) == '.') {
          j++;
        } else {
          bOpen = false;
        }
      }
    }
    int pa = preStart(a, i);
    int pb = preStart(b, j);
    boolean noA = pa >= a.length();
    boolean noB = pb >= b.length();
    if (noA || noB) {
      return Boolean.compare(noA, noB);
    }
    while (true) {
      int ea = a.indexOf('.', pa);
      int eb = b.indexOf('.', pb);
      ea = ea < 0 ? a.length() : ea;
      eb = eb < 0 ? b.length() : eb;
      boolean nx = Digits.allDigits(a, pa, ea);
      boolean ny = Digits.allDigits(b, pb, eb);
      int c;
      if (nx && ny) {
        c = Digits.compareNumeric(a, pa, ea, b, pb, eb);
        if (c == 0) {
          c = Digits.compareRange(a, pa, ea, b, pb, eb);
        }
      } else if (nx != ny) {
        c = nx ? -1 : 1;
      } else {
        c = Digits.compareRange(a, pa, ea, b, pb, eb);
      }
      if (c != 0) {
        return c;
      }
      boolean moreA = ea < a.length();
      boolean moreB = eb < b.length();
      if (!moreA || !moreB) {
        return Boolean.compare(moreA, moreB);
      }
      pa = ea + 1;
      pb = eb + 1;
    }
  }

  /** Where the pre-release starts after the core ends at {@code i}; length() when there is none. */
  private static int preStart(String s, int i) {
    if (i >= s.length() || s.charAt(i) == '.') {
      return s.length(); // nothing, or a fourth part: build metadata
    }
    return s.charAt(i) == '-' ? i + 1 : i;
  }

  int compareTo(SemverVersion o) {
    for (int k = 0; k < 3; k++) {
      int c = Digits.compareNumeric(core.get(k), o.core.get(k));
      if (c != 0) {
        return c;
      }
    }
    if (pre.isEmpty() || o.pre.isEmpty()) {
      return Boolean.compare(pre.isEmpty(), o.pre.isEmpty());
    }
    return compareIdentifiers(pre, o.pre, false);
  }

  /** Dot-separated identifiers: numeric before alphanumeric, shorter list first. */
  static int compareIdentifiers(List<String> a, List<String> b, boolean ignoreCase) {
    for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
      int c = compareIdentifier(a.get(k), b.get(k), ignoreCase);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  static int compareIdentifier(String x, String y, boolean ignoreCase) {
    boolean nx = Digits.allDigits(x);
    boolean ny = Digits.allDigits(y);
    if (nx && ny) {
      int c = Digits.compareNumeric(x, y);
      return c != 0 ? c : Integer.signum(x.compareTo(y));
    }
    if (nx != ny) {
      return nx ? -1 : 1;
    }
    return Integer.signum(ignoreCase ? x.compareToIgnoreCase(y) : x.compareTo(y));
  }
}
