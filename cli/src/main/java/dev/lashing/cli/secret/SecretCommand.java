package dev.lashing.cli.secret;

import dev.lashing.cli.GateOptions;
import dev.lashing.cli.image.ImageSourceOptions;
import dev.lashing.image.ImageOptions;
import dev.lashing.misconfig.secret.SecretConfig;
import dev.lashing.misconfig.secret.SecretScanResult;
import dev.lashing.misconfig.secret.SecretScanner;
import dev.lashing.model.Severity;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.secret.SecretJson;
import dev.lashing.report.secret.SecretReport;
import dev.lashing.report.secret.SecretSarif;
import dev.lashing.report.secret.SecretTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lashing secret TARGET…}: secrets in images (every layer), directories and files. */
@Command(
    name = "secret",
    mixinStandardHelpOptions = true,
    description = {
      "Find secrets (cloud keys, tokens, private keys, passwords) in images, directories and files.",
      "",
      "TARGET is one of:",
      "  alpine:3.20, host:5000/team/app:1, repo@sha256:...   a registry image",
      "  docker-archive:FILE[:TAG] or a .tar/.tar.gz file       docker save / podman save",
      "  oci:PATH[:TAG]                                        an OCI image layout (dir or tar)",
      "  a directory, or dir:PATH                              every file below it",
      "  any other file                                        that file",
      "",
      "Every layer of an image is read, so a secret a later layer deleted is still reported",
      "(marked 'removed in a later layer'), with the layer and the history step that added it.",
      "Only redacted values are ever printed."
    },
    footer = {"", "Exit codes: 0 ok; 1 (or --exit-code N) when findings remain; 2 error."})
public final class SecretCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    sarif
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "TARGET",
      description = "Images, directories or files to scan (see above).")
  List<String> targets = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Read a docker-archive or OCI tar (like trivy --input); repeatable.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  @Nullable String output;

  @Option(
      names = "--severity",
      paramLabel = "SEVERITY[,…]",
      split = ",",
      description = "Report only these severities, e.g. HIGH,CRITICAL (default: all).")
  List<String> severity = new ArrayList<>();

  @Mixin GateOptions gate;

  @Option(
      names = "--secret-config",
      paramLabel = "FILE",
      description =
          "YAML file with extra rules, disabled rule ids, allowed paths and values, and"
              + " max-file-size (see the README).")
  @Nullable Path secretConfig;

  @Option(
      names = "--secret-max-file-size",
      paramLabel = "SIZE",
      converter = ImageSourceOptions.SizeConverter.class,
      description = "Skip files larger than this (default: 10MiB, or the config file's).")
  @Nullable Long maxFileSize;

  @Mixin ImageSourceOptions source;

  @Override
  public Integer call() throws Exception {
    List<String> what = new ArrayList<>(targets);
    inputs.forEach(i -> what.add("archive:" + i));
    if (what.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "missing TARGET (an image reference, directory or file)");
    }
    Set<Severity> kept = EnumSet.noneOf(Severity.class);
    severity.stream().filter(s -> !s.isBlank()).forEach(s -> kept.add(severity(s)));
    Severity threshold = gate.failOn() == null ? null : severity(gate.failOn());
    SecretConfig config =
        secretConfig == null ? SecretConfig.defaults() : SecretConfig.load(secretConfig);
    if (maxFileSize != null) {
      config = config.withMaxFileBytes(Math.min(maxFileSize, Integer.MAX_VALUE - 8));
    }
    SecretScanner scanner = SecretScanner.create(config);
    ImageOptions options = source.toImageOptions();
    List<SecretScanResult> scans = new ArrayList<>();
    for (String t : what) {
      scans.add(scanner.scan(t, options));
    }
    SecretReport report = new SecretReport(scans, scanner.rules(), kept);
    render(report);
    if (threshold != null && report.anyAtLeast(threshold)) {
      return 1;
    }
    return report.findings().isEmpty() ? 0 : gate.exitCode();
  }

  private Severity severity(String text) {
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void render(SecretReport report) throws IOException {
    String version = SecretCommand.class.getPackage().getImplementationVersion();
    OutputTarget.of(output, spec.commandLine().getOut())
        .write(
            o -> {
              switch (format) {
                case table -> SecretTable.write(report, o);
                case json -> SecretJson.write(report, o);
                case sarif -> SecretSarif.write(report, version == null ? "dev" : version, o);
              }
            });
  }
}
