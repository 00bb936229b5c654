package dev.lashing.cli.k8s;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Output options of the RBAC queries (a picocli mixin). */
public final class QueryOutput {
  enum Format {
    table,
    json
  }

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
}
