package dev.lashing.image.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads {@code size} bytes of a file channel starting at {@code offset} by positional reads, so
 * several slices of one channel can be read at once. Ends exactly at the slice end; a file shorter
 * than the slice is an {@link EOFException}.
 */
final class SliceInputStream extends InputStream {
  private final FileChannel ch;
  private final String what;
  private long position;
  private final long end;

  SliceInputStream(FileChannel ch, long offset, long size, String what) {
    this.ch = ch;
    this.what = what;
    this.position = offset;
    this.end = offset + size;
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
    if (position >= end) {
      return -1;
    }
    int want = (int) Math.min(len, end - position);
    int n = ch.read(ByteBuffer.wrap(b, off, want), position);
    if (n < 0) {
      throw new EOFException(what + ": archive ends before the entry does (truncated)");
    }
    position += n;
    return n;
  }

  @Override
  public long skip(long n) {
    long k = Math.max(0, Math.min(n, end - position));
    position += k;
    return k;
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, end - position);
  }
}
