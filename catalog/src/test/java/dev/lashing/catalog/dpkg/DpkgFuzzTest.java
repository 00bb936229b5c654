package dev.lashing.catalog.dpkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.distro.DbFormatException;

/**
 * Hostile dpkg files never escape the parsers as anything but a one-line {@link DbFormatException}.
 * A normal build replays the seeds in {@code DpkgFuzzTestInputs/}; set {@code JAZZER_FUZZ=1} to
 * fuzz.
 */
class DpkgFuzzTest {
  private static final int MAX_INPUT = 1 << 16;

  @FuzzTest(maxDuration = "30s")
  void status(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      for (DpkgEntry e : DpkgStatusParser.parse(data)) {
        assertThat(e.name()).isNotBlank();
        e.listed();
      }
    } catch (DbFormatException e) {
      assertThat(e.getMessage()).startsWith("line ").doesNotContain("\n");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void ownedFiles(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    assertThat(DpkgFiles.list(data)).allMatch(p -> p.startsWith("/") && !p.contains("//"));
    assertThat(DpkgFiles.md5sums(data)).allMatch(p -> p.startsWith("/"));
    assertThat(DpkgFiles.conffiles(data)).allMatch(p -> p.startsWith("/"));
    DpkgFiles.licenses(data);
  }
}
