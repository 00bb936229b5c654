package dev.lashing.catalog;

/** Byte-array search without copying the haystack into a string. */
final class Bytes {
  private Bytes() {}

  /** The first index at or after {@code from} where {@code needle} occurs, or -1. */
  static int indexOf(byte[] haystack, byte[] needle, int from) {
    if (needle.length == 0) {
      return Math.min(Math.max(from, 0), haystack.length);
    }
    byte first = needle[0];
    int last = haystack.length - needle.length;
    outer:
    for (int i = Math.max(from, 0); i <= last; i++) {
      if (haystack[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
