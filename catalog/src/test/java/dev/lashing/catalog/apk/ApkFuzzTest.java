package dev.lashing.catalog.apk;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.distro.DbFormatException;

/**
 * Hostile apk databases never escape the parser as anything but a one-line {@link
 * DbFormatException}. A normal build replays the seeds in {@code ApkFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class ApkFuzzTest {
  private static final int MAX_INPUT = 1 << 16;

  @FuzzTest(maxDuration = "30s")
  void installed(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      for (ApkEntry e : ApkDbParser.parse(data)) {
        assertThat(e.name()).isNotEmpty();
        assertThat(e.files()).allMatch(p -> p.startsWith("/"));
      }
    } catch (DbFormatException e) {
      assertThat(e.getMessage()).startsWith("line ").doesNotContain("\n");
    }
  }
}
