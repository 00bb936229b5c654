package dev.lashing.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.catalog.distro.DbFormatException;
import java.io.IOException;
import java.util.List;

/**
 * Hostile rpm databases and headers never escape the readers as anything but a one-line {@link
 * DbFormatException}. A normal build replays the seeds in {@code RpmFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class RpmFuzzTest {
  private static final int MAX_INPUT = 1 << 18;

  @FuzzTest(maxDuration = "30s")
  void header(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      RpmEntry e = RpmHeaderParser.parse(data);
      assertThat(e.name()).isNotBlank();
      assertThat(e.files()).allMatch(p -> p.startsWith("/"));
    } catch (DbFormatException e) {
      assertOneLine(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void berkeleyDb(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      List<byte[]> blobs = BdbReader.read(data);
      assertThat(blobs).allMatch(b -> b.length <= data.length * 2L + 1);
    } catch (DbFormatException e) {
      assertOneLine(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void ndb(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      assertThat(NdbReader.read(data)).allMatch(b -> b.length < data.length);
    } catch (DbFormatException e) {
      assertOneLine(e);
    }
  }

  /** Any database: the format told by its magic bytes, SQLite through the JDBC driver. */
  @FuzzTest(maxDuration = "30s")
  void anyDatabase(byte[] data) throws IOException {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      for (byte[] blob : RpmCataloger.blobs(data)) {
        try {
          RpmHeaderParser.parse(blob);
        } catch (DbFormatException e) {
          assertOneLine(e);
        }
      }
    } catch (DbFormatException e) {
      assertOneLine(e);
    }
  }

  private static void assertOneLine(DbFormatException e) {
    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
  }
}
