package dev.lashing.cli.db;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lashing db}: the group of vulnerability database commands. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Manage the local vulnerability database.",
    subcommands = {
      DbUpdateCommand.class,
      DbImportCommand.class,
      DbExportCommand.class,
      DbInfoCommand.class
    })
public final class DbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "a subcommand is required (update, import, export, info)");
  }
}
