package dev.lashing.image.fs;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * A file's content: at most {@code size} bytes of a stream that is opened (and positioned) only on
 * the first read. Closing closes the underlying stream only when this stream opened it.
 */
final class BoundedStream extends InputStream {

  /** Opens the underlying stream, positioned at the first content byte. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  private final @Nullable Opener opener;
  private @Nullable InputStream in;
  private long remaining;
  private final boolean owns;

  private BoundedStream(@Nullable Opener opener, @Nullable InputStream in, long size, boolean own) {
    this.opener = opener;
    this.in = in;
    this.remaining = size;
    this.owns = own;
  }

  /** A stream that opens its source on first read and closes it when closed. */
  static BoundedStream lazy(Opener opener, long size) {
    return new BoundedStream(opener, null, size, true);
  }

  /** A window over an already positioned stream that stays open when this one is closed. */
  static BoundedStream window(InputStream in, long size) {
    return new BoundedStream(null, in, size, false);
  }

  private InputStream source() throws IOException {
    if (in == null) {
      in = java.util.Objects.requireNonNull(opener).open();
    }
    return in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (remaining <= 0) {
      return -1;
    }
    int n = source().read(b, off, (int) Math.min(len, remaining));
    if (n < 0) {
      remaining = 0;
      return -1;
    }
    remaining -= n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long want = Math.min(Math.max(n, 0), remaining);
    long done = Streams.skipFully(source(), want);
    remaining -= done;
    return done;
  }

  @Override
  public int available() throws IOException {
    return in == null ? 0 : (int) Math.min(in.available(), remaining);
  }

  /** Skips what the reader left, so the underlying stream sits after the content. */
  void finish() throws IOException {
    if (remaining > 0) {
      skip(remaining);
    }
  }

  @Override
  public void close() throws IOException {
    remaining = 0;
    if (owns && in != null) {
      in.close();
    }
  }
}
