package dev.lashing.cli.checks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lashing checks}: the group of check catalog commands. */
@Command(
    name = "checks",
    mixinStandardHelpOptions = true,
    description = "Work with the configuration check catalog.",
    subcommands = {ChecksListCommand.class})
public final class ChecksCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required (list)");
  }
}
