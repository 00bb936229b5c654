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
}
