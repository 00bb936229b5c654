package dev.lashing.image.fs;

import dev.lashing.image.Image;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Limits;
import dev.lashing.image.archive.OciLayoutSource;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark main for {@code bench/squash-throughput.sh}: indexes an OCI layout's image and prints
 * entries, uncompressed bytes and throughput. Not a test; run with the test classpath.
 *
 * <p>Usage: {@code SquashBench OCI_LAYOUT_DIR TAG [RUNS]}
 */
public final class SquashBench {
  private SquashBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String tag = args.length > 1 ? args[1] : "latest";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    for (int r = 0; r < runs; r++) {
      try (Image image = OciLayoutSource.open(dir, tag, ImageOptions.defaults())) {
        long t0 = System.nanoTime();
        ImageFiles files = FileViews.index(image, Limits.DEFAULTS);
        int squashed = files.squashed().size();
        double secs = (System.nanoTime() - t0) / 1e9;
        long bytes = files.layerStats().stream().mapToLong(LayerStats::uncompressedBytes).sum();
        long entries = files.layerStats().stream().mapToLong(LayerStats::entries).sum();
        System.out.printf(
            Locale.ROOT,
            "run=%d layers=%d entries=%d squashed=%d uncompressed_bytes=%d seconds=%.3f mb_per_s=%.1f%n",
            r,
            files.layerStats().size(),
            entries,
            squashed,
            bytes,
            secs,
            bytes / 1e6 / secs);
      }
    }
  }
}
