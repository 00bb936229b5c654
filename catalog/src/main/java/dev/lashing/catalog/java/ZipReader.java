package dev.lashing.catalog.java;

import dev.lashing.catalog.MalformedFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Bounded reads from a zip stream, counting every inflated byte against one archive's budget. */
final class ZipReader {
  private final ArchiveLimits limits;
  private final String top;
  private long inflated;
  private int entries;

  ZipReader(ArchiveLimits limits, String top) {
    this.limits = limits;
    this.top = top;
  }

  ArchiveLimits limits() {
    return limits;
  }

  void countEntry() throws MalformedFileException {
    if (++entries > limits.maxEntries()) {
      throw new MalformedFileException(
          "more than " + limits.maxEntries() + " archive entries (nested included); skipped");
    }
  }

  /** The entry's bytes, or null (the entry drained) when it is larger than {@code max}. */
  byte @Nullable [] read(InputStream in, int max) throws IOException, MalformedFileException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      count(n);
      if (out.size() + n > max) {
        drain(in);
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** Reads the entry to its end without keeping it (the inflated bytes still count). */
  void drain(InputStream in) throws IOException, MalformedFileException {
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      count(n);
    }
  }

  private void count(int n) throws MalformedFileException {
    inflated += n;
    if (inflated > limits.maxInflatedBytes()) {
      throw new MalformedFileException(
          top
              + " inflates to more than "
              + limits.maxInflatedBytes()
              + " bytes (a zip bomb?); skipped");
    }
  }
}
