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
    description =
        "Container security: inspect images, list packages, find vulnerabilities and secrets.",
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
          dev.lashing.cli.scan.FsCommand.class,
          dev.lashing.cli.scan.RootfsCommand.class,
          SbomCommand.class,
          dev.lashing.cli.config.ConfigCommand.class,
          dev.lashing.cli.checks.ChecksCommand.class,
          dev.lashing.cli.secret.SecretCommand.class,
          dev.lashing.cli.k8s.K8sCommand.class,
          VersionCommand.class,
          dev.lashing.cli.db.DbCommand.class);

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
