package dev.lashing.cli.image;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Picks the image target from the positional TARGET or {@code --input FILE}. */
public final class Targets {
  private Targets() {}

  public static String choose(CommandLine cl, @Nullable String target, @Nullable String input) {
    if (target != null && input != null) {
      throw new ParameterException(cl, "give either TARGET or --input, not both");
    }
    if (input != null) {
      return "archive:" + input;
    }
    if (target == null || target.isBlank()) {
      throw new ParameterException(cl, "missing TARGET (an image reference, file or directory)");
    }
    return target;
  }
}
