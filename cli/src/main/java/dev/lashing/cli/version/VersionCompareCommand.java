package dev.lashing.cli.version;

import dev.lashing.model.version.VersionScheme;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lashing version compare ECOSYSTEM A B} prints {@code <}, {@code =} or {@code >}; with no
 * versions it reads {@code A B} pairs from standard input, one answer per line.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Print <, = or > for A compared with B.",
      "Without A and B, read 'A B' pairs from standard input and print one answer per line."
    })
public final class VersionCompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ECOSYSTEM", description = "e.g. Debian, npm, Maven")
  String ecosystem;

  @Parameters(index = "1..2", arity = "0..2", paramLabel = "VERSION", description = "A and B")
  List<String> versions = List.of();

  @Override
  public Integer call() throws Exception {
    VersionScheme scheme = SchemeOption.resolve(spec, ecosystem);
    PrintWriter out = spec.commandLine().getOut();
    if (versions.size() == 2) {
      out.println(symbol(scheme.compare(versions.get(0), versions.get(1))));
      return 0;
    }
    if (!versions.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give two versions, or none to read pairs from stdin");
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] pair = t.split("\\s+");
      if (pair.length != 2) {
        throw new IllegalArgumentException(
            "stdin line " + n + ": expected 'A B' (two versions separated by space)");
      }
      out.println(symbol(scheme.compare(pair[0], pair[1])));
    }
    return 0;
  }

  static String symbol(int c) {
    return c < 0 ? "<" : c > 0 ? ">" : "=";
  }
}
