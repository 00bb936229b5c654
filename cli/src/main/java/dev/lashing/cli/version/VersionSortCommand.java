package dev.lashing.cli.version;

import dev.lashing.model.version.VersionScheme;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lashing version sort ECOSYSTEM}: versions on stdin, one per line, sorted on stdout. */
@Command(
    name = "sort",
    mixinStandardHelpOptions = true,
    description = "Read versions (one per line) from standard input and print them sorted.")
public final class VersionSortCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ECOSYSTEM", description = "e.g. Debian, npm, Maven")
  String ecosystem;

  @Option(
      names = {"-r", "--reverse"},
      description = "Newest first.")
  boolean reverse;

  @Override
  public Integer call() throws Exception {
    VersionScheme scheme = SchemeOption.resolve(spec, ecosystem);
    List<String> versions = new ArrayList<>();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (!line.isBlank()) {
        versions.add(line.strip());
      }
    }
    versions.sort(reverse ? scheme.comparator().reversed() : scheme.comparator());
    PrintWriter out = spec.commandLine().getOut();
    versions.forEach(out::println);
    return 0;
  }
}
