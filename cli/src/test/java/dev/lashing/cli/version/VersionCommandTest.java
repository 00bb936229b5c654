package dev.lashing.cli.version;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VersionCommandTest {
  record Result(int code, String out, String err) {}

  static Result run(String stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Result(code, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void comparesDebianVersionsWithEpochsAndTildes() {
    assertThat(run("", "version", "compare", "Debian", "1:1.0", "2.0").out()).isEqualTo(">\n");
    assertThat(run("", "version", "compare", "Debian", "1.0~rc1", "1.0").out()).isEqualTo("<\n");
    assertThat(run("", "version", "compare", "Maven", "1.0", "1.0.0").out()).isEqualTo("=\n");
  }

  @Test
  void readsPairsFromStdinOneAnswerPerLine() {
    Result r = run("1.2.3 1.2.10\n2.0.0-rc.1 2.0.0\n\n1.0.0 1.0.0\n", "version", "compare", "npm");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("<\n<\n=\n");
  }

  @Test
  void malformedStdinLineIsAnErrorNamingTheLine() {
    Result r = run("1.0 2.0\n1.0\n", "version", "compare", "PyPI");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("stdin line 2");
  }

  @Test
  void sortsStdinByTheEcosystemsOrder() {
    Result r = run("1.10\n1.9\n1.0a1\n1.0\n", "version", "sort", "PyPI");
    assertThat(r.out()).isEqualTo("1.0a1\n1.0\n1.9\n1.10\n");
    Result rev = run("1.10\n1.9\n", "version", "sort", "--reverse", "PyPI");
    assertThat(rev.out()).isEqualTo("1.10\n1.9\n");
  }

  @Test
  void unknownEcosystemIsAUsageErrorListingKnownOnes() {
    Result r = run("", "version", "compare", "Nope", "1", "2");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Nope").contains("Debian");
  }
}
