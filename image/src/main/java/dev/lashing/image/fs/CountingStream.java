package dev.lashing.image.fs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it (the position in the uncompressed layer tar) and charges them to
 * the run's {@link Budget}. Skipping reads through a large buffer so the digest check below still
 * sees every byte.
 */
final class CountingStream extends FilterInputStream {
  private final Budget budget;
  private long count;
  private byte @org.jspecify.annotations.Nullable [] skipBuffer;

  CountingStream(InputStream in, Budget budget) {
    super(in);
    this.budget = budget;
  }

  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      charge(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      charge(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    if (skipBuffer == null) {
      skipBuffer = new byte[1 << 16];
    }
    long done = 0;
    while (done < n) {
      int r = read(skipBuffer, 0, (int) Math.min(skipBuffer.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  /** Reads to the end of the stream, so the layer's digests get checked. */
  void drain() throws IOException {
    while (skip(Long.MAX_VALUE) > 0) {
      // keep reading
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void charge(int n) throws IOException {
    count += n;
    budget.addBytes(n);
  }
}
