package dev.lashing.cli;

import dev.lashing.cli.image.ImageCommand;
import dev.lashing.cli.sbom.SbomCommand;
import dev.lashing.cli.version.VersionCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options and the list of subcommands (the one CLI registry). */
@Command(
    name = "lashing",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Container security: inspect images, list packages, find vulnerabilities.",
    footer = {
      "",
      "Every option can also be set as an environment variable (--max-entries is",
      "LASHING_MAX_ENTRIES) or a key in ./lashing.yaml or ~/.config/lashing/config.yaml.",
      "Exit codes: 0 ok, 1 findings over the threshold, 2 error."
    })
public final class LashingCommand implements Runnable {
  /** The subcommands, in help order: the one CLI registry (added lazily by {@link Main}). */
  static final List<Class<?>> COMMANDS =
      List.of(
          ImageCommand.class,
          SbomCommand.class,
          dev.lashing.cli.config.ConfigCommand.class,
          dev.lashing.cli.checks.ChecksCommand.class,
          // Temporary top-level place until `lashing k8s` exists: the lead attaches it there.
          dev.lashing.cli.k8s.netpol.NetpolCommand.class,
          VersionCommand.class);

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces and progress details.")
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Print nothing but results and errors.")
  boolean quiet;

  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "Config file (YAML) read after ./lashing.yaml and the user config.")
  String config;

  public boolean debug() {
    return debug;
  }

  public boolean quiet() {
    return quiet;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required");
  }
}
