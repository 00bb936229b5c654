package dev.lashing.cli.image;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The image a command reads: the positional TARGET or {@code --input FILE} (a picocli mixin shared
 * by every command that opens an image).
 */
public final class Targets {
  @Spec(Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TARGET",
      description = "The image or directory to read (see above).")
  @Nullable String target;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Read a docker-archive or OCI tar instead of a registry (like trivy --input).")
  @Nullable String input;

  /** The target string for {@code ImageSources.open}; a usage error when none or both are given. */
  public String choose() {
    if (target != null && input != null) {
      throw new ParameterException(spec.commandLine(), "give either TARGET or --input, not both");
    }
    if (input != null) {
      return "archive:" + input;
    }
    if (target == null || target.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "missing TARGET (an image reference, file or directory)");
    }
    return target;
  }
}
