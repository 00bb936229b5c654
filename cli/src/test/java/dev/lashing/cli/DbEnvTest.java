package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code LASHING_DB} sets {@code --db} for every db command, through ConfigDefaults. */
class DbEnvTest {

  @TempDir Path dir;

  @Test
  void lashingDbEnvironmentVariableNamesTheDatabase() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path db = dir.resolve("from-env.db");
    int code =
        Main.run(
            new String[] {"db", "info"},
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of("LASHING_DB", db.toString()));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(db + ": no vulnerability database here");
  }

  /**
   * The default store path comes from the environment the command runs with ({@code
   * XDG_CACHE_HOME}), not from the JVM's: {@code db import} fills it and a scan then uses it
   * instead of the bundled snapshot.
   */
  @Test
  void scansUseTheStoreThatDbImportWroteAtTheDefaultPath() throws Exception {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    Path record = dir.resolve("GHSA-test-0001.json");
    java.nio.file.Files.writeString(
        record,
        "{\"schema_version\":\"1.6.0\",\"id\":\"GHSA-test-0001\","
            + "\"modified\":\"2021-12-10T00:00:00Z\",\"affected\":[{\"package\":"
            + "{\"ecosystem\":\"npm\",\"name\":\"left-pad\"},\"ranges\":[{\"type\":"
            + "\"SEMVER\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"1.3.0\"}]}]}]}");
    String sample = Path.of("..", "samples", "alpine-311.tar.gz").toString();

    StringWriter before = new StringWriter();
    Main.run(
        new String[] {"image", sample},
        new PrintWriter(new StringWriter(), true),
        new PrintWriter(before, true),
        env);
    assertThat(before.toString()).contains("bundled sample snapshot");

    int imported =
        Main.run(
            new String[] {"db", "import", record.toString()},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter(), true),
            env);
    assertThat(imported).isZero();
    assertThat(dir.resolve("cache/lashing/db/vuln.db")).exists();

    StringWriter after = new StringWriter();
    int code =
        Main.run(
            new String[] {"image", sample},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(after, true),
            env);
    assertThat(code).isZero();
    assertThat(after.toString()).doesNotContain("bundled sample snapshot");
  }
}
