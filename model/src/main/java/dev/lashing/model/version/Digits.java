package dev.lashing.model.version;

/** Arithmetic-free helpers for digit strings of any length (no overflow, no BigInteger). */
final class Digits {
  private Digits() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Compares two digit strings by numeric value; leading zeros are ignored, "" counts as 0. */
  static int compareNumeric(String a, String b) {
    String x = stripZeros(a);
    String y = stripZeros(b);
    if (x.length() != y.length()) {
      return Integer.compare(x.length(), y.length());
    }
    return Integer.signum(x.compareTo(y));
  }

  static String stripZeros(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  /** Length of the run of ASCII digits starting at {@code from}. */
  static int digitRun(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i - from;
  }

  /**
   * {@link #compareNumeric} on the ranges {@code a[as, ae)} and {@code b[bs, be)} of digit strings,
   * without allocating.
   */
  static int compareNumeric(String a, int as, int ae, String b, int bs, int be) {
    while (as < ae && a.charAt(as) == '0') {
      as++;
    }
    while (bs < be && b.charAt(bs) == '0') {
      bs++;
    }
    int la = ae - as;
    int lb = be - bs;
    if (la != lb) {
      return Integer.compare(la, lb);
    }
    for (int k = 0; k < la; k++) {
      int c = a.charAt(as + k) - b.charAt(bs + k);
      if (c != 0) {
        return Integer.signum(c);
      }
    }
    return 0;
  }

  /** {@code a[as, ae).compareTo(b[bs, be))}, signum, without allocating. */
  static int compareRange(String a, int as, int ae, String b, int bs, int be) {
    int n = Math.min(ae - as, be - bs);
    for (int k = 0; k < n; k++) {
      int c = a.charAt(as + k) - b.charAt(bs + k);
      if (c != 0) {
        return Integer.signum(c);
      }
    }
    return Integer.compare(ae - as, be - bs);
  }

  /** Whether {@code s[from, to)} is a non-empty run of digits. */
  static boolean allDigits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
