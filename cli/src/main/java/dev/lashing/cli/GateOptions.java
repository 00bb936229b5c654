package dev.lashing.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The CI gate of {@code lashing config}, {@code lashing secret} and {@code lashing k8s}: {@code
 * --exit-code N} when findings remain, {@code --fail-on SEVERITY} to exit 1 on a finding at or
 * above it. A picocli mixin.
 */
public final class GateOptions {

  @Option(
      names = "--exit-code",
      defaultValue = "0",
      paramLabel = "N",
      description = "Exit code when findings remain after filtering (default: ${DEFAULT-VALUE}).")
  int exitCode;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "Exit 1 when a finding at or above SEVERITY remains.")
  @Nullable String failOn;

  /** The {@code --exit-code} value. */
  public int exitCode() {
    return exitCode;
  }

  /** The {@code --fail-on} severity as typed, or null. */
  public @Nullable String failOn() {
    return failOn;
  }
}
