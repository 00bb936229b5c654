package dev.lashing.vulndb.alpine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.VulnStores;
import java.io.ByteArrayInputStream;
import java.net.URI;

/**
 * Hostile alpine feed bytes never escape the parser as anything but a one-line {@link
 * VulnDataException} naming the feed. A normal build replays the seeds in {@code
 * AlpineFuzzTestInputs/}; set {@code JAZZER_FUZZ=1} to fuzz.
 */
class AlpineFuzzTest {
  private static final int MAX_INPUT = 1 << 16;
  private static final VulnSource SOURCE = AlpineSecdb.source();

  @FuzzTest(maxDuration = "30s")
  void secdb(byte[] data) throws Exception {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      SOURCE.read(
          SOURCE.feeds().getFirst(),
          URI.create("file:fuzz.json"),
          new ByteArrayInputStream(data),
          VulnStores.inMemory());
    } catch (VulnDataException e) {
      assertThat(e.getMessage()).startsWith(SOURCE.name() + " feed ").doesNotContain("\n");
    }
  }
}
