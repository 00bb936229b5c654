package dev.lashing.misconfig.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.misconfig.MisconfigException;
import java.nio.charset.StandardCharsets;

/**
 * Hostile secret configs fail only with a one-line {@link MisconfigException}; hostile content
 * never throws and never yields an unredacted value. A normal build replays the seeds in {@code
 * SecretFuzzTestInputs/}; set {@code JAZZER_FUZZ=1} to fuzz.
 */
class SecretFuzzTest {
  private static final int MAX_INPUT = 1 << 16;
  private static final SecretScanner SCANNER = SecretScanner.create();

  @FuzzTest(maxDuration = "30s")
  void config(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    try {
      SecretScanner s =
          SecretScanner.create(
              SecretConfig.parse("fuzz.yaml", new String(data, StandardCharsets.UTF_8)));
      s.scan("/t/a.env", "tok_abcdefgh password=abcdefgh".getBytes(StandardCharsets.UTF_8));
    } catch (MisconfigException e) {
      assertThat(e.getMessage()).startsWith("fuzz.yaml").doesNotContain("\n");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void content(byte[] data) {
    if (data.length > MAX_INPUT) {
      return;
    }
    for (SecretFinding f : SCANNER.scan("/app/config.env", data)) {
      assertThat(f.line()).isPositive();
      assertThat(f.column()).isPositive();
      assertThat(f.redacted()).endsWith(Redaction.MASK).hasSizeLessThanOrEqualTo(8);
    }
  }
}
