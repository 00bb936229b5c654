package dev.lashing.cli.version;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lashing version}: compare and sort versions the way the matchers do. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = {
      "Order versions by an ecosystem's rules (names as OSV spells them: Debian, Alpine,",
      "Red Hat, Maven, npm, PyPI, Go, crates.io, RubyGems, NuGet, Packagist, ...)."
    },
    subcommands = {VersionCompareCommand.class, VersionSortCommand.class})
public final class VersionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required (compare, sort)");
  }
}
