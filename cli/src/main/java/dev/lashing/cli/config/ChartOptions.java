package dev.lashing.cli.config;

import dev.lashing.misconfig.ScanOptions;
import dev.lashing.misconfig.helm.HelmOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How charts are rendered and how old a Secret may be: a picocli mixin of {@code lashing config}.
 */
public final class ChartOptions {
  @Option(
      names = {"--values"},
      paramLabel = "FILE",
      split = ",",
      description = "Helm values file for charts, after the chart's values.yaml; repeatable.")
  List<Path> values = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE[,…]",
      description = "Helm value for charts, after the values files (as helm --set); repeatable.")
  List<String> set = new ArrayList<>();

  @Option(
      names = "--release-name",
      paramLabel = "NAME",
      defaultValue = HelmOptions.DEFAULT_RELEASE,
      description = "Release name charts are rendered with (default: ${DEFAULT-VALUE}).")
  String releaseName = HelmOptions.DEFAULT_RELEASE;

  @Option(
      names = "--namespace",
      paramLabel = "NAMESPACE",
      defaultValue = HelmOptions.DEFAULT_NAMESPACE,
      description = "Namespace charts are rendered into (default: ${DEFAULT-VALUE}).")
  String namespace = HelmOptions.DEFAULT_NAMESPACE;

  @Option(
      names = "--secret-max-age",
      paramLabel = "DAYS",
      defaultValue = "90",
      description =
          "Secrets whose creationTimestamp or lashing.dev/rotated-at annotation is older are"
              + " reported (LSH-K8S-303; default: ${DEFAULT-VALUE}).")
  int secretMaxAgeDays = 90;

  ScanOptions apply(CommandSpec spec, ScanOptions options) {
    if (secretMaxAgeDays <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--secret-max-age must be a positive number of days");
    }
    if (releaseName.isBlank() || namespace.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "--release-name and --namespace must not be empty");
    }
    return options
        .withHelm(new HelmOptions(values, set, releaseName, namespace))
        .withSecretMaxAge(Duration.ofDays(secretMaxAgeDays));
  }
}
