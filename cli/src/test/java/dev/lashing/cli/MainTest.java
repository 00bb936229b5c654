package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
  record Result(int code, String out, String err) {}

  static Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }

  @Test
  void versionPrintsLashingAndJava() {
    Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("lashing ").contains("java 25");
  }

  @Test
  void versionFastPathPrintsWhatPicocliPrints() {
    assertThat(run("-V").out()).isEqualTo(run("--version").out());
    Result viaPicocli = run("--debug", "--version");
    assertThat(viaPicocli.code()).isZero();
    assertThat(viaPicocli.out()).isEqualTo(run("--version").out());
  }

  @TestFactory
  List<DynamicTest> everyCommandHasHelp() {
    List<DynamicTest> tests = new ArrayList<>();
    collect(
        Main.commandLine(new LashingCommand(), new String[] {"--help"}), new ArrayList<>(), tests);
    assertThat(tests).hasSizeGreaterThan(2);
    return tests;
  }

  private static void collect(CommandLine cl, List<String> path, List<DynamicTest> tests) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    String name = String.join(" ", path.isEmpty() ? List.of("lashing") : path);
    tests.add(
        DynamicTest.dynamicTest(
            name + " --help",
            () -> {
              Result r = run(args.toArray(String[]::new));
              assertThat(r.code()).isZero();
              assertThat(r.out()).contains("Usage:").contains("--help");
            }));
    for (var e : cl.getSubcommands().entrySet()) {
      List<String> sub = new ArrayList<>(path);
      sub.add(e.getKey());
      collect(e.getValue(), sub, tests);
    }
  }

  @Test
  void missingCommandIsAUsageErrorWithExitCode2() {
    Result r = run();
    assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.err()).contains("lashing: error:");
  }

  @Test
  void unknownOptionIsOneLineAndExit2() {
    Result r = run("image", "inspect", "--no-such-option", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElseThrow())
        .startsWith("lashing: error: Unknown option");
  }

  @Test
  void missingFileIsOneLineErrorAndExit2(@TempDir Path dir) {
    Result r = run("image", "inspect", dir.resolve("nope.tar").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("lashing: error:")
        .contains("nope.tar")
        .doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void environmentVariableSetsAnOption(@TempDir Path dir) {
    // an invalid platform from the environment must reach the option and be rejected
    Result r = run(Map.of("LASHING_PLATFORM", "a/b/c/d"), "image", "inspect", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("a/b/c/d");
  }

  @Test
  void configFileSetsAnOptionAndCommandLineWins(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("cfg.yaml");
    Files.writeString(cfg, "platform: x/y/z/w\n");
    Path root = Files.createDirectory(dir.resolve("root"));
    Result fromFile = run("--config", cfg.toString(), "image", "inspect", root.toString());
    assertThat(fromFile.code()).isEqualTo(2);
    assertThat(fromFile.err()).contains("x/y/z/w");
    Result overridden =
        run(
            "--config",
            cfg.toString(),
            "image",
            "inspect",
            "--platform",
            "linux/amd64",
            "--format",
            "json",
            root.toString());
    assertThat(overridden.err()).isEmpty();
    assertThat(overridden.code()).isZero();
  }

  @Test
  void environmentBeatsConfigFile(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("cfg.yaml");
    Files.writeString(cfg, "platform: x/y/z/w\n");
    Path root = Files.createDirectory(dir.resolve("root"));
    Result r =
        run(
            Map.of("LASHING_PLATFORM", "linux/arm64", "LASHING_CONFIG", cfg.toString()),
            "image",
            "inspect",
            root.toString());
    assertThat(r.code()).isZero();
  }

  @Test
  void malformedConfigFileIsOneLineError(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("bad.yaml");
    Files.writeString(cfg, "platform: [unclosed\n");
    Result r = run("--config", cfg.toString(), "--version");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("lashing: error: " + cfg).doesNotContain("\n");
  }

  @Test
  void debugIsAcceptedAfterTheSubcommand(@TempDir Path dir) {
    Result r = run("image", "inspect", "--debug", dir.resolve("missing").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("\tat ");
  }
}
