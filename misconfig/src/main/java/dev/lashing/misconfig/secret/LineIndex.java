package dev.lashing.misconfig.secret;

import java.util.Arrays;

/** Offsets of line starts in a byte array (lines end at {@code \n}), for 1-based line numbers. */
final class LineIndex {
  private final int[] starts;

  LineIndex(byte[] content) {
    int n = 1;
    for (byte b : content) {
      if (b == '\n') {
        n++;
      }
    }
    starts = new int[n];
    int k = 1;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n') {
        starts[k++] = i + 1;
      }
    }
  }

  /** The 1-based line holding {@code offset}. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The offset where 1-based {@code line} starts. */
  int startOf(int line) {
    return starts[line - 1];
  }
}
