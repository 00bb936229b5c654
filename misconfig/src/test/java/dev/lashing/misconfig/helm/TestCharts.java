package dev.lashing.misconfig.helm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Packs a chart directory the way {@code helm package} lays it out: {@code NAME/…}, Chart.yaml
 * first.
 */
public final class TestCharts {
  private TestCharts() {}

  public static Path pack(Path chartDir, Path tgz) throws IOException {
    String name = chartDir.getFileName().toString();
    List<Path> files;
    try (Stream<Path> s = Files.walk(chartDir)) {
      files =
          s.filter(Files::isRegularFile)
              .sorted(
                  Comparator.comparing((Path p) -> !p.equals(chartDir.resolve("Chart.yaml")))
                      .thenComparing(Comparator.naturalOrder()))
              .toList();
    }
    try (OutputStream out = Files.newOutputStream(tgz);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      for (Path f : files) {
        TarArchiveEntry e =
            new TarArchiveEntry(name + "/" + chartDir.relativize(f).toString().replace('\\', '/'));
        e.setSize(Files.size(f));
        tar.putArchiveEntry(e);
        Files.copy(f, tar);
        tar.closeArchiveEntry();
      }
    }
    return tgz;
  }
}
