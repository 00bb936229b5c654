package dev.lashing.misconfig.helm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Recognises charts without rendering them; reads at most a bounded prefix of an archive. */
final class Charts {
  /** {@code helm package} writes Chart.yaml first; a few entries and bytes are enough to tell. */
  private static final int MAX_ENTRIES = 64;

  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private Charts() {}

  static boolean isChartDirectory(Path dir) {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(dir.resolve("Chart.yaml"));
  }

  static boolean isPackagedChart(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!(lower.endsWith(".tgz") || lower.endsWith(".tar.gz")) || !Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream raw = Files.newInputStream(file);
        TarArchiveInputStream tar =
            new TarArchiveInputStream(new Capped(new GZIPInputStream(raw), MAX_BYTES))) {
      TarArchiveEntry e;
      int n = 0;
      while (n++ < MAX_ENTRIES && (e = tar.getNextEntry()) != null) {
        if (e.getName().matches("[^/]+/Chart\\.yaml")) {
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Fails once more than {@code max} bytes were read (a decompression bomb is not a chart). */
  private static final class Capped extends FilterInputStream {
    private long left;

    Capped(InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw new IOException("archive prefix larger than " + MAX_BYTES + " bytes");
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (left -= n) < 0) {
        throw new IOException("archive prefix larger than " + MAX_BYTES + " bytes");
      }
      return n;
    }
  }
}
