package dev.lashing.image.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.image.ImageException;

/**
 * Hostile JSON never escapes the parsers as anything but a one-line {@link ImageException}. In a
 * normal build Jazzer replays the seeds in {@code OciDocumentsFuzzTestInputs/}; set {@code
 * JAZZER_FUZZ=1} to fuzz.
 */
class OciDocumentsFuzzTest {
  private static final int MAX_INPUT = 1 << 16;

  @FuzzTest(maxDuration = "30s")
  void parseManifest(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      ManifestDocument doc = OciDocuments.parseManifest(data, null, "fuzz");
      assertThat(doc.digest()).isEqualTo(OciDocuments.sha256(data));
    } catch (ImageException e) {
      assertOneLine(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void parseConfig(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      OciDocuments.parseConfig(data, "fuzz");
    } catch (ImageException e) {
      assertOneLine(e);
    }
  }

  static void assertOneLine(Exception e) {
    assertThat(e.getMessage()).isNotBlank().startsWith("fuzz").doesNotContain("\n");
  }
}
