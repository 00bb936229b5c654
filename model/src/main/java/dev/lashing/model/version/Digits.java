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
}
