package dev.lashing.cli.k8s;

import dev.lashing.cli.ExitCodes;
import dev.lashing.cli.GateOptions;
import dev.lashing.cli.config.ConfigSelection;
import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.objects.ObjectSet;
import dev.lashing.misconfig.posture.Analyses;
import dev.lashing.misconfig.posture.Posture;
import dev.lashing.model.Severity;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.config.Framework;
import dev.lashing.report.posture.PostureCompliance;
import dev.lashing.report.posture.PostureComplianceWriter;
import dev.lashing.report.posture.PostureJson;
import dev.lashing.report.posture.PostureMarkdown;
import dev.lashing.report.posture.PostureReport;
import dev.lashing.report.posture.PostureSarif;
import dev.lashing.report.posture.PostureTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lashing k8s PATH… | --cluster}: the cluster posture (configuration checks and RBAC risks
 * over one object set, in one report), and the RBAC queries as subcommands.
 */
@Command(
    name = "k8s",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster posture: configuration checks and RBAC risks over manifests or a live cluster,",
      "in one report grouped by namespace and severity.",
      "",
      "PATH is a manifest file or directory (*.yaml, *.yml, *.json), or '-' for standard input;",
      "--cluster reads the cluster of the current kubeconfig context (Secrets: metadata only)."
    },
    footer = {
      "",
      "What cannot be read (a forbidden list, an unreachable cluster, a bad file) is reported",
      "on standard error and in the report, which is then marked INCOMPLETE; the rest is still",
      "analysed. Exit codes: 0 ok; 1 (or --exit-code N) when findings remain; 2 error."
    },
    subcommands = {
      WhoCanCommand.class,
      RightsCommand.class,
      dev.lashing.cli.k8s.netpol.NetpolCommand.class
    })
public final class K8sCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    sarif,
    markdown
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Manifests, or '-'.")
  List<String> paths = new ArrayList<>();

  @Mixin ObjectSource source;

  @Mixin ConfigSelection selection;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  @Nullable String output;

  @Mixin GateOptions gate;

  @Option(
      names = "--compliance",
      paramLabel = "FRAMEWORK",
      description =
          "Group by the controls of nsa (nsa-cisa), cis-k8s (cis-kubernetes) or nist-800-190"
              + " (also mitre, pci-dss), pass/fail per control (table, json, markdown).")
  @Nullable String compliance;

  @Option(
      names = "--include-system",
      description =
          "Also judge Kubernetes' own identities (system: users and groups) and its bootstrap"
              + " bindings.")
  boolean includeSystem;

  @Override
  public Integer call() throws Exception {
    Framework framework = framework();
    Severity threshold = gate.failOn() == null ? null : selection.severity(spec, gate.failOn());
    ConfigScanner scanner = ConfigScanner.create(selection.scanOptions(spec));
    ObjectSet set = source.load(spec, paths);
    Posture posture = Posture.of(set, Analyses.defaults(scanner, includeSystem));
    if (source.namespace != null) {
      posture = Namespaces.only(posture, source.namespace);
    }
    PostureReport report =
        PostureReport.of(posture, selection.severities(spec), selection.ignores(), LocalDate.now());
    PrintWriter err = spec.commandLine().getErr();
    report.warnings().forEach(w -> err.println("lashing: warning: " + ObjectSource.oneLine(w)));
    err.flush();
    render(report, framework);
    if (threshold != null && report.anyAtLeast(threshold)) {
      return ExitCodes.FINDINGS;
    }
    return report.active().isEmpty() ? ExitCodes.OK : gate.exitCode();
  }

  /** {@code nsa}, {@code cis-k8s} and {@code nist} as short names of the framework ids. */
  private static final Map<String, String> ALIASES =
      Map.of("nsa", "nsa-cisa", "cis-k8s", "cis-kubernetes", "nist", "nist-800-190");

  private @Nullable Framework framework() {
    if (compliance == null) {
      return null;
    }
    String id =
        ALIASES.getOrDefault(compliance.strip().toLowerCase(java.util.Locale.ROOT), compliance);
    Framework f =
        Framework.byId(id)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown compliance framework '"
                            + compliance
                            + "' (expected nsa, cis-k8s, nist-800-190 or one of "
                            + Framework.ids()
                            + ")"));
    if (format == Format.sarif) {
      throw new ParameterException(
          spec.commandLine(), "--compliance works with --format table, json or markdown");
    }
    return f;
  }

  private void render(PostureReport report, @Nullable Framework framework) throws IOException {
    String version = K8sCommand.class.getPackage().getImplementationVersion();
    OutputTarget.of(output, spec.commandLine().getOut())
        .write(
            o -> {
              if (framework != null) {
                PostureCompliance c = PostureCompliance.of(report, framework);
                switch (format) {
                  case json -> PostureComplianceWriter.json(c, report, o);
                  case markdown -> PostureComplianceWriter.markdown(c, report, o);
                  case table, sarif -> PostureComplianceWriter.table(c, report, o);
                }
                return;
              }
              switch (format) {
                case table -> PostureTable.write(report, o);
                case json -> PostureJson.write(report, o);
                case sarif -> PostureSarif.write(report, version == null ? "dev" : version, o);
                case markdown -> PostureMarkdown.write(report, o);
              }
            });
  }
}
