package dev.lashing.cli.checks;

import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.CheckCatalog;
import dev.lashing.misconfig.check.Target;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.config.CheckList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lashing checks list}: id, severity, title, cross-references and controls per check. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the configuration checks (built-in and --checks-dir), in catalog order.")
public final class ChecksListCommand implements Callable<Integer> {
  enum Kind {
    kubernetes,
    dockerfile
  }

  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;

  @Option(names = "--kind", description = "Only checks of this kind: ${COMPLETION-CANDIDATES}.")
  @Nullable Kind kind;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(
      names = "--checks-dir",
      paramLabel = "DIR",
      description = "Also list the check files (*.yaml) in DIR; repeatable.")
  List<Path> checkDirs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<Check> checks =
        CheckCatalog.load(checkDirs).stream()
            .filter(
                c ->
                    kind == null
                        || c.target() == Target.valueOf(kind.name().toUpperCase(Locale.ROOT)))
            .toList();
    OutputTarget.of(null, spec.commandLine().getOut())
        .write(
            o -> {
              switch (format) {
                case table -> CheckList.table(checks, o);
                case json -> CheckList.json(checks, o);
              }
            });
    return 0;
  }
}
