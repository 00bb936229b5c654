package dev.lashing.vulndb.fetch;

import java.util.function.Consumer;

/** Passes the first {@code limit} warnings of a feed on, counts the rest. */
final class Warnings implements Consumer<String> {
  private final Consumer<String> out;
  private final int limit;
  private long count;

  Warnings(Consumer<String> out, int limit) {
    this.out = out;
    this.limit = limit;
  }

  @Override
  public void accept(String message) {
    count++;
    if (count <= limit) {
      out.accept("warning: " + message);
    }
  }

  /** Reports how many were not shown and starts counting afresh. */
  void flush(String what) {
    if (count > limit) {
      out.accept("warning: " + what + ": " + (count - limit) + " more records skipped");
    }
    count = 0;
  }
}
