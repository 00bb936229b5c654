package dev.lashing.cli.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lashing secret} end to end, in-process, on files the test writes. */
class SecretCommandTest {
  /** A FAKE GitHub token: the right shape, random characters. */
  static final String GH = "ghp_" + fake(36);

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  static String fake(int n) {
    String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    Random r = new Random(42);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(abc.charAt(r.nextInt(abc.length())));
    }
    return b.toString();
  }

  @BeforeEach
  void write() throws Exception {
    Files.writeString(dir.resolve("app.env"), "# app\nGITHUB_TOKEN=" + GH + "\n");
    Files.writeString(dir.resolve("db.env"), "DB_PASSWORD=hunter2hunter2\n");
  }

  @Test
  void tableForADirectoryNeverShowsTheSecret() {
    Result r = run("secret", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("CRITICAL  LSH-SEC-008")
        .contains("app.env:2:14")
        .contains("ghp_****")
        .contains("2 secrets")
        .doesNotContain(GH)
        .doesNotContain("hunter2hunter2");
  }

  @Test
  void exitCodesFollowLashingConfig() {
    assertThat(run("secret", dir.toString(), "--exit-code", "5").code()).isEqualTo(5);
    assertThat(run("secret", dir.toString(), "--fail-on", "CRITICAL").code()).isEqualTo(1);
    Result medium = run("secret", dir.toString(), "--severity", "MEDIUM", "--fail-on", "HIGH");
    assertThat(medium.code()).isZero();
    assertThat(medium.out()).doesNotContain("LSH-SEC-008").contains("LSH-SEC-030");
    assertThat(
            run("secret", dir.resolve("db.env").toString(), "--severity", "LOW", "--exit-code", "3")
                .code())
        .isZero();
  }

  @Test
  void jsonAndSarifToAFile() throws Exception {
    Path out = dir.resolve("out/r.sarif");
    Files.createDirectories(out.getParent());
    Result r =
        run("secret", "--format", "sarif", "-o", out.toString(), dir.resolve("app.env").toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode sarif = new ObjectMapper().readTree(out.toFile());
    JsonNode result = sarif.path("runs").get(0).path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("LSH-SEC-008");
    assertThat(result.toString()).contains("\"startLine\":2").doesNotContain(GH);
    Result json = run("secret", "-f", "json", dir.toString());
    JsonNode j = new ObjectMapper().readTree(json.out());
    assertThat(j.path("summary").path("CRITICAL").asInt()).isEqualTo(1);
  }

  @Test
  void secretConfigDisablesAndOptionsComeFromTheConfigFileToo() throws Exception {
    Path cfg = dir.resolve("s.yaml");
    Files.writeString(cfg, "disable: [LSH-SEC-030]\n");
    Result r = run("secret", "--secret-config", cfg.toString(), dir.toString());
    assertThat(r.out()).contains("1 secret ").doesNotContain("LSH-SEC-030");
    Path lashing = dir.resolve("lashing.yaml");
    Files.writeString(lashing, "secret: {secret-max-file-size: 8}\n");
    Result tiny = run("--config", lashing.toString(), "secret", dir.resolve("app.env").toString());
    assertThat(tiny.out()).contains("1 over the size cap").contains("0 secrets");
  }

  @Test
  void errorsAreOneLineWithExitCode2() throws Exception {
    Result none = run("secret");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("missing TARGET");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, "rules:\n  - {id: X-1, name: x, title: x, severity: HIGH, regex: '(?=x)'}\n");
    Result r = run("secret", "--secret-config", bad.toString(), dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("lashing: error: " + bad + ":2: not an RE2 expression");
    Result missing = run("secret", dir.resolve("nope.tar").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().lines().count()).isEqualTo(1);
    assertThat(run("secret", "--severity", "bogus", dir.toString()).code()).isEqualTo(2);
  }
}
