package dev.lashing.cli.config;

import dev.lashing.cli.GateOptions;
import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.ScanResult;
import dev.lashing.model.Severity;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.config.Compliance;
import dev.lashing.report.config.ComplianceJson;
import dev.lashing.report.config.ComplianceTable;
import dev.lashing.report.config.ConfigJson;
import dev.lashing.report.config.ConfigJunit;
import dev.lashing.report.config.ConfigReport;
import dev.lashing.report.config.ConfigSarif;
import dev.lashing.report.config.ConfigTable;
import dev.lashing.report.config.Framework;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lashing config PATH… | -}: configuration checks over Dockerfiles and manifests. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "Check Dockerfiles/Containerfiles and Kubernetes manifests for misconfigurations.",
      "",
      "PATH is a file or a directory (walked for Dockerfile*, Containerfile*, *.yaml, *.yml,",
      "*.json; hidden entries skipped); '-' reads one file from standard input (e.g.",
      "kustomize build | lashing config -). A Helm chart (a directory with Chart.yaml, or a",
      "packaged .tgz) is rendered with its values, --values and --set, and each template's",
      "output is scanned as templates/x.yaml (lines of the rendered output).",
      "Silence a finding with a comment on its line or the line above:",
      "  # lashing:ignore LSH-K8S-012 the CNI needs raw sockets",
      "or an entry in .lashingignore.yaml (id, path glob, reason, owner, expires)."
    },
    footer = {
      "",
      "Inputs that cannot be read or parsed are reported on standard error (file:line) and",
      "skipped; the others are still scanned and reported. The exit code is 2 only when no",
      "input could be read at all, or for a usage or check error (as Trivy does).",
      "Exit codes: 0 ok; 1 (or --exit-code N) when findings remain; 2 error."
    })
public final class ConfigCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    sarif,
    junit
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or '-'.")
  List<String> paths = new ArrayList<>();

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

  @Mixin ConfigSelection selection;

  @Mixin ChartOptions charts;

  @Mixin GateOptions gate;

  @Option(
      names = "--compliance",
      paramLabel = "FRAMEWORK",
      description =
          "Group the report by the controls of cis-docker, cis-kubernetes, nsa-cisa,"
              + " nist-800-190, mitre or pci-dss, with pass/fail per control (table, json).")
  @Nullable String compliance;

  @Override
  public Integer call() throws Exception {
    Framework framework = framework();
    Severity threshold = gate.failOn() == null ? null : selection.severity(spec, gate.failOn());
    ConfigScanner scanner = ConfigScanner.create(charts.apply(spec, selection.scanOptions(spec)));
    ScanResult result = Inputs.scan(spec.commandLine(), scanner, paths);
    PrintWriter err = spec.commandLine().getErr();
    result.errors().forEach(e -> err.println("lashing: error: " + Inputs.oneLine(e)));
    result.warnings().forEach(w -> err.println("lashing: warning: " + Inputs.oneLine(w)));
    if (result.perFile().isEmpty() && !result.errors().isEmpty()) {
      err.flush();
      return dev.lashing.cli.ExitCodes.ERROR;
    }
    ConfigReport report =
        ConfigReport.of(
            result,
            scanner.checks(),
            selection.severities(spec),
            selection.ignores(),
            LocalDate.now());
    report.warnings().forEach(w -> err.println("lashing: warning: " + Inputs.oneLine(w)));
    err.flush();
    render(report, framework);
    if (threshold != null && report.anyAtLeast(threshold)) {
      return 1;
    }
    return report.active().isEmpty() ? 0 : gate.exitCode();
  }

  private @Nullable Framework framework() {
    if (compliance == null) {
      return null;
    }
    Framework f =
        Framework.byId(compliance)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown compliance framework '"
                            + compliance
                            + "' (expected one of "
                            + Framework.ids()
                            + ")"));
    if (format == Format.sarif || format == Format.junit) {
      throw new ParameterException(
          spec.commandLine(), "--compliance works with --format table or json");
    }
    return f;
  }

  private void render(ConfigReport report, @Nullable Framework framework) throws IOException {
    String version = ConfigCommand.class.getPackage().getImplementationVersion();
    OutputTarget.of(output, spec.commandLine().getOut())
        .write(
            o -> {
              if (framework != null) {
                Compliance c = Compliance.of(report, framework);
                switch (format) {
                  case json -> ComplianceJson.write(c, report, o);
                  case table, sarif, junit -> ComplianceTable.write(c, o);
                }
                return;
              }
              switch (format) {
                case table -> ConfigTable.write(report, o);
                case json -> ConfigJson.write(report, o);
                case sarif -> ConfigSarif.write(report, version == null ? "dev" : version, o);
                case junit -> ConfigJunit.write(report, o);
              }
            });
  }
}
