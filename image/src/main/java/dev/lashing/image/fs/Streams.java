package dev.lashing.image.fs;

import java.io.IOException;
import java.io.InputStream;

/** Stream helpers. */
final class Streams {
  private Streams() {}

  /**
   * Skips {@code n} bytes by reading them (through a 64 KiB buffer), so digest checks below see
   * every byte. Returns fewer only at end of stream.
   */
  static long skipFully(InputStream in, long n) throws IOException {
    if (n <= 0) {
      return 0;
    }
    byte[] buf = new byte[(int) Math.min(1 << 16, n)];
    long done = 0;
    while (done < n) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }
}
