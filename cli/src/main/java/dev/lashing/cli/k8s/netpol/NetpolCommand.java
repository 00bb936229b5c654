package dev.lashing.cli.k8s.netpol;

import dev.lashing.misconfig.netpol.ConnectivityMap;
import dev.lashing.misconfig.netpol.Endpoint;
import dev.lashing.misconfig.netpol.NetpolAnalyzer;
import dev.lashing.misconfig.netpol.NetpolFinding;
import dev.lashing.misconfig.netpol.NetpolFindings;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.netpol.NetpolGraph;
import dev.lashing.report.netpol.NetpolJson;
import dev.lashing.report.netpol.NetpolText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netpol PATH… | -}: which workloads may connect to which under NetworkPolicies. */
@Command(
    name = "netpol",
    mixinStandardHelpOptions = true,
    description = {
      "NetworkPolicy reachability: the connections Kubernetes allows between workloads and",
      "to/from outside the cluster, as a list, JSON, a DOT or Mermaid graph, or findings",
      "(missing default-deny, exposure to 0.0.0.0/0, egress anywhere, lateral movement).",
      "",
      "PATH is a manifest file or a directory (walked for *.yaml, *.yml, *.json); '-' reads",
      "standard input. Notes on input that cannot be used as written go to standard error."
    },
    footer = {"", "Exit codes: 0 ok; --exit-code N when findings exist; 2 error."},
    subcommands = {NetpolDiffCommand.class})
public final class NetpolCommand implements Callable<Integer> {
  enum Format {
    list,
    json,
    dot,
    mermaid,
    findings
  }

  @Spec CommandSpec spec;

  // 0..* so that `netpol diff …` parses; call() requires at least one PATH.
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories, or '-'.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      defaultValue = "list",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.list;

  @Option(
      names = "--focus",
      paramLabel = "WORKLOAD",
      description = "Only connections to or from WORKLOAD (ns/name[Kind], ns/name or name).")
  @Nullable String focus;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  @Nullable String output;

  @Option(
      names = "--assume-dns",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Add the cluster DNS (kube-system, k8s-app=kube-dns, UDP/TCP 53) when policies select"
              + " it but no input defines it (default: ${DEFAULT-VALUE}).")
  boolean assumeDns = true;

  @Option(
      names = "--exit-code",
      defaultValue = "0",
      paramLabel = "N",
      description = "Exit code when there are findings (default: ${DEFAULT-VALUE}).")
  int exitCode;

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
    }
    long t0 = System.nanoTime();
    var objects = NetpolInputs.load(spec.commandLine(), paths);
    long t1 = System.nanoTime();
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu1 = threads.getCurrentThreadCpuTime();
    ConnectivityMap map =
        NetpolAnalyzer.create().analyze(NetpolAnalyzer.topology(objects, assumeDns));
    long t2 = System.nanoTime();
    long cpu2 = threads.getCurrentThreadCpuTime();
    if (spec.root().userObject() instanceof dev.lashing.cli.LashingCommand root && root.debug()) {
      spec.commandLine()
          .getErr()
          .printf(
              "lashing: debug: netpol: %d objects read in %d ms; %d workloads, %d policies,"
                  + " %d connections computed in %d ms (thread CPU %d ms)%n",
              objects.size(),
              (t1 - t0) / 1_000_000,
              map.topology().workloads().size(),
              map.topology().policies().size(),
              map.connections().size(),
              (t2 - t1) / 1_000_000,
              (cpu2 - cpu1) / 1_000_000);
    }
    NetpolInputs.notes(spec.commandLine(), map.notes());
    List<NetpolFinding> findings = NetpolFindings.of(map);
    if (focus != null) {
      String id = focusId(map, focus);
      map = map.focus(id);
      findings =
          findings.stream().filter(x -> x.subject().equals(id) || x.path().contains(id)).toList();
    }
    ConnectivityMap shown = map;
    List<NetpolFinding> shownFindings = findings;
    OutputTarget.of(output, spec.commandLine().getOut())
        .write(
            o -> {
              switch (format) {
                case list -> NetpolText.list(shown, o);
                case json -> NetpolJson.write(shown, shownFindings, o);
                case dot -> NetpolGraph.dot(shown, o);
                case mermaid -> NetpolGraph.mermaid(shown, o);
                case findings -> NetpolText.findings(shownFindings, o);
              }
            });
    return findings.isEmpty() ? 0 : exitCode;
  }

  private String focusId(ConnectivityMap map, String f) {
    List<String> ids =
        map.endpoints().stream()
            .filter(e -> ConnectivityMap.matches(e, f))
            .map(Endpoint::id)
            .toList();
    if (ids.size() != 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--focus: "
              + (ids.isEmpty() ? "no workload '" + f + "'" : "'" + f + "' is ambiguous: " + ids)
              + " (give ns/name[Kind], ns/name or name)");
    }
    return ids.get(0);
  }
}
