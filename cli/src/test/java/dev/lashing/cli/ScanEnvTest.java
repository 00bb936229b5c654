package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scan options work as LASHING_ environment variables too (ConfigDefaults). */
class ScanEnvTest {
  static final String SAMPLE = Path.of("../samples/alpine-311-log4j.tar.gz").toString();

  static int run(Map<String, String> env, StringWriter out, String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter()), env);
  }

  @Test
  void exitCodeSeverityAndIgnoreUnfixedFromTheEnvironment() {
    StringWriter out = new StringWriter();
    assertThat(run(Map.of("LASHING_EXIT_CODE", "5"), out, "image", "-q", SAMPLE)).isEqualTo(5);
    assertThat(
            run(
                Map.of("LASHING_EXIT_CODE", "5", "LASHING_SEVERITY", "MEDIUM,LOW"),
                new StringWriter(),
                "image",
                "-q",
                SAMPLE))
        .isZero();
    assertThat(
            run(
                Map.of("LASHING_EXIT_CODE", "5", "LASHING_SEVERITY", "CRITICAL"),
                new StringWriter(),
                "image",
                "-q",
                SAMPLE))
        .isEqualTo(5);
    assertThat(
            run(
                Map.of("LASHING_EXIT_CODE", "5", "LASHING_FAIL_ON_KEV", "true"),
                new StringWriter(),
                "image",
                "-q",
                SAMPLE))
        .isEqualTo(5);
    StringWriter json = new StringWriter();
    assertThat(run(Map.of("LASHING_FORMAT", "json"), json, "image", "-q", SAMPLE)).isZero();
    assertThat(json.toString()).contains("\"schemaVersion\" : 1");
    StringWriter missingDb = new StringWriter();
    assertThat(run(Map.of("LASHING_DB", "/nonexistent/db"), missingDb, "image", "-q", SAMPLE))
        .isEqualTo(2);
  }
}
