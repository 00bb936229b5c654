package dev.lashing.image.fs;

import dev.lashing.image.Limits;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The limits of one indexing run, shared by the layers indexed in parallel: entries and
 * uncompressed bytes are counted across all layers. Once one layer fails, the others stop.
 */
final class Budget {
  final Limits limits;
  private final AtomicLong entries = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private volatile boolean cancelled;

  Budget(Limits limits) {
    this.limits = limits;
  }

  /** Counts one entry; false if that exceeds {@link Limits#maxEntries()}. */
  boolean addEntry() {
    return entries.incrementAndGet() <= limits.maxEntries();
  }

  /** Counts uncompressed bytes read from any layer. */
  void addBytes(long n) throws IOException {
    if (cancelled) {
      throw new Cancelled();
    }
    if (bytes.addAndGet(n) > limits.maxTotalBytes()) {
      throw new OverLimit(
          "uncompressed size of all layers exceeds the limit of "
              + limits.maxTotalBytes()
              + " bytes (maxTotalBytes)");
    }
  }

  /** Whether {@code more} bytes still fit under {@link Limits#maxTotalBytes()}. */
  boolean fits(long more) {
    return bytes.get() + more <= limits.maxTotalBytes();
  }

  void cancel() {
    cancelled = true;
  }

  /** A limit was hit while reading; the message says which. */
  static final class OverLimit extends IOException {
    private static final long serialVersionUID = 1L;

    OverLimit(String message) {
      super(message);
    }
  }

  /** Another layer failed; this one stopped reading. */
  static final class Cancelled extends IOException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled");
    }
  }
}
