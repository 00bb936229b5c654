package dev.lashing.cli.k8s.netpol;

import dev.lashing.misconfig.netpol.ConnectivityDiff;
import dev.lashing.misconfig.netpol.ConnectivityMap;
import dev.lashing.misconfig.netpol.NetpolAnalyzer;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.netpol.NetpolJson;
import dev.lashing.report.netpol.NetpolText;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netpol diff OLD NEW}: connections added and removed between two manifest versions. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Connections added and removed between two versions of the manifests (each a file or",
      "a directory). Always exits 0 unless an input cannot be read (2)."
    })
public final class NetpolDiffCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier manifests.")
  String before = "";

  @Parameters(index = "1", paramLabel = "NEW", description = "The later manifests.")
  String after = "";

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

  @Override
  public Integer call() throws Exception {
    ConnectivityMap old = analyze(before);
    ConnectivityMap now = analyze(after);
    ConnectivityDiff diff = ConnectivityDiff.of(old, now);
    OutputTarget.of(output, spec.commandLine().getOut())
        .write(
            o -> {
              switch (format) {
                case table -> NetpolText.diff(diff, o);
                case json -> NetpolJson.diff(diff, o);
              }
            });
    return 0;
  }

  private ConnectivityMap analyze(String path) throws java.io.IOException {
    ConnectivityMap map =
        NetpolAnalyzer.create().analyze(NetpolInputs.load(spec.commandLine(), List.of(path)));
    NetpolInputs.notes(spec.commandLine(), map.notes());
    return map;
  }
}
