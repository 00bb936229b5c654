package dev.lashing.cli.image;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lashing image}: the group of image commands. */
@Command(
    name = "image",
    mixinStandardHelpOptions = true,
    description = "Work with container images (registry, docker-archive, OCI layout, directory).",
    subcommands = {ImageInspectCommand.class})
public final class ImageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required (inspect)");
  }
}
