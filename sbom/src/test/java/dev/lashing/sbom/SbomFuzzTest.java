package dev.lashing.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Hostile SBOM documents (the next issue scans documents users hand in) never escape the four
 * readers as anything but a one-line {@link SbomException} naming the document; what they accept
 * encodes again. A normal build replays the seeds in {@code SbomFuzzTestInputs/} (Lashing's golden
 * documents); set {@code JAZZER_FUZZ=1} to fuzz.
 */
class SbomFuzzTest {
  private static final int MAX_INPUT = 1 << 18;

  @FuzzTest(maxDuration = "30s")
  void cyclonedxJson(byte[] data) {
    read(data, SbomFormat.CYCLONEDX_JSON);
  }

  @FuzzTest(maxDuration = "30s")
  void cyclonedxXml(byte[] data) {
    read(data, SbomFormat.CYCLONEDX_XML);
  }

  @FuzzTest(maxDuration = "30s")
  void spdxJson(byte[] data) {
    read(data, SbomFormat.SPDX_JSON);
  }

  @FuzzTest(maxDuration = "30s")
  void spdxTagValue(byte[] data) {
    read(data, SbomFormat.SPDX_TV);
  }

  /** The format told by the content, as {@code SbomCodecs.read(bytes, name)} does for a file. */
  @FuzzTest(maxDuration = "30s")
  void anyFormat(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      Sbom sbom = SbomCodecs.read(data, "fuzz.doc");
      assertThat(sbom.packages()).isNotNull();
    } catch (SbomException e) {
      assertOneLine(e);
    }
  }

  private static void read(byte[] data, SbomFormat format) {
    if (data.length > MAX_INPUT) {
      return;
    }
    Sbom sbom;
    try {
      sbom = SbomCodecs.read(data, format, "fuzz.doc");
    } catch (SbomException e) {
      assertOneLine(e);
      return;
    }
    // whatever was accepted can be written again in the same format
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      SbomCodecs.write(sbom, format, out);
    } catch (java.io.IOException e) {
      throw new AssertionError("cannot write back what was read: " + e.getMessage(), e);
    }
    assertThat(out.toString()).isNotEmpty();
  }

  private static void assertOneLine(SbomException e) {
    assertThat(e.getMessage()).startsWith("fuzz.doc: ").doesNotContain("\n");
  }
}
