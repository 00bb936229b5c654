package dev.lashing.model.version;

/**
 * RPM {@code [epoch:]version[-release]} ordered as {@code rpmvercmp}. Each part is cut into
 * segments, separators (anything but ASCII letters and digits, '~' and '^') are dropped, and the
 * segments compare in order. At a given position: '~' sorts before everything (even the end), then
 * the end, then '^', then alphabetic runs (byte order), then numeric runs (by value).
 *
 * <p>A missing epoch is 0. A missing release sorts before any release, even an empty one ({@code 1
 * < 1-}). Any string parses this way, so no input is rejected by the order; {@link #isValid} only
 * checks what rpm accepts in an EVR.
 */
final class RpmVersion {
  private RpmVersion() {}

  static int compare(String a, String b) {
    String[] x = split(a.strip());
    String[] y = split(b.strip());
    int c = rpmvercmp(x[0], y[0]);
    if (c == 0) {
      c = rpmvercmp(x[1], y[1]);
    }
    if (c != 0) {
      return c;
    }
    if (x[2] == null || y[2] == null) {
      return Boolean.compare(x[2] != null, y[2] != null);
    }
    return rpmvercmp(x[2], y[2]);
  }

  static boolean isValid(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.chars().anyMatch(ch -> ch <= ' ' || ch > '~')) {
      return false;
    }
    String[] p = split(s);
    return Digits.allDigits(p[0])
        && !p[1].isEmpty()
        && p[1].indexOf(':') < 0
        && (p[2] == null || !p[2].isEmpty());
  }

  /** {epoch, version, release-or-null}. */
  private static String[] split(String s) {
    String epoch = "0";
    int colon = s.indexOf(':');
    if (colon >= 0) {
      epoch = s.substring(0, colon);
      s = s.substring(colon + 1);
    }
    int dash = s.lastIndexOf('-');
    if (dash < 0) {
      return new String[] {epoch, s, null};
    }
    return new String[] {epoch, s.substring(0, dash), s.substring(dash + 1)};
  }

  private static boolean isAlnum(char c) {
    return Digits.isDigit(c) || Digits.isAsciiLetter(c);
  }

  private static int skipSeparators(String s, int i) {
    while (i < s.length() && !isAlnum(s.charAt(i)) && s.charAt(i) != '~' && s.charAt(i) != '^') {
      i++;
    }
    return i;
  }

  /** Rank of the segment starting at i: ~ (0), end (1), ^ (2), letters (3), digits (4). */
  private static int rank(String s, int i) {
    if (i >= s.length()) {
      return 1;
    }
    char c = s.charAt(i);
    if (c == '~') {
      return 0;
    }
    if (c == '^') {
      return 2;
    }
    return Digits.isDigit(c) ? 4 : 3;
  }

  static int rpmvercmp(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      i = skipSeparators(a, i);
      j = skipSeparators(b, j);
      int ra = rank(a, i);
      int rb = rank(b, j);
      if (ra != rb) {
        return Integer.compare(ra, rb);
      }
      if (ra == 1) {
        return 0;
      }
      if (ra == 0 || ra == 2) {
        i++;
        j++;
        continue;
      }
      int ei = segmentEnd(a, i, ra == 4);
      int ej = segmentEnd(b, j, ra == 4);
      String sa = a.substring(i, ei);
      String sb = b.substring(j, ej);
      int c = ra == 4 ? Digits.compareNumeric(sa, sb) : Integer.signum(sa.compareTo(sb));
      if (c != 0) {
        return c;
      }
      i = ei;
      j = ej;
    }
  }

  private static int segmentEnd(String s, int i, boolean numeric) {
    while (i < s.length()
        && (numeric ? Digits.isDigit(s.charAt(i)) : Digits.isAsciiLetter(s.charAt(i)))) {
      i++;
    }
    return i;
  }
}
