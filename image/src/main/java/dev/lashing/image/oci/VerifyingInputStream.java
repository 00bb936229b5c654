package dev.lashing.image.oci;

import dev.lashing.model.Digest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * Passes bytes through while hashing them; at end of stream checks the digest and, when known, the
 * exact size. A mismatch or a short stream throws an {@link IOException} whose message names {@code
 * what} (e.g. {@code layer sha256:ab12…}). Reading more than the expected size fails at once, so a
 * hostile source cannot stream forever.
 */
public final class VerifyingInputStream extends FilterInputStream {
  private final Digest expected;
  private final long expectedSize;
  private final String what;
  private final MessageDigest md;
  private long count;
  private boolean verified;
  private @Nullable String failure;

  /**
   * @param expectedSize exact size in bytes, or -1 when unknown
   */
  public VerifyingInputStream(InputStream in, Digest expected, long expectedSize, String what) {
    super(in);
    this.expected = expected;
    this.expectedSize = expectedSize;
    this.what = what;
    try {
      this.md = MessageDigest.getInstance(expected.jcaName());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      verify();
      return -1;
    }
    md.update(b, off, n);
    count += n;
    if (expectedSize >= 0 && count > expectedSize) {
      throw new IOException(what + ": more data than the " + expectedSize + " bytes declared");
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Bytes read so far. */
  public long count() {
    return count;
  }

  private void verify() throws IOException {
    // A failure is kept and thrown again: readers such as GZIPInputStream swallow an IOException
    // while probing for another member, and the next read at EOF must still fail.
    if (failure != null) {
      throw new IOException(failure);
    }
    if (verified) {
      return;
    }
    verified = true;
    if (expectedSize >= 0 && count != expectedSize) {
      failure = what + ": truncated (" + count + " of " + expectedSize + " bytes)";
    } else {
      Digest actual =
          new Digest(expected.algorithm(), java.util.HexFormat.of().formatHex(md.digest()));
      if (!actual.equals(expected)) {
        failure = what + ": digest mismatch (content hashes to " + actual + ")";
      }
    }
    if (failure != null) {
      throw new IOException(failure);
    }
  }

  /** Wraps {@code in} unless {@code expected} is null. */
  public static InputStream wrap(
      InputStream in, @Nullable Digest expected, long expectedSize, String what) {
    return expected == null ? in : new VerifyingInputStream(in, expected, expectedSize, what);
  }
}
