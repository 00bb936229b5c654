package dev.lashing.misconfig.helm;

import java.nio.file.Path;
import java.util.List;

/**
 * How charts are rendered: values files in order (later ones win, as with {@code helm -f}), {@code
 * key=value} overrides applied after them (as with {@code helm --set}), the release name and the
 * namespace the templates see as {@code .Release.Name} and {@code .Release.Namespace}.
 */
public record HelmOptions(
    List<Path> valuesFiles, List<String> set, String releaseName, String namespace) {
  public static final String DEFAULT_RELEASE = "release-name";
  public static final String DEFAULT_NAMESPACE = "default";

  public HelmOptions {
    valuesFiles = List.copyOf(valuesFiles);
    set = List.copyOf(set);
  }

  /** The chart's own defaults only, release {@code release-name} in {@code default} (as Helm). */
  public static HelmOptions defaults() {
    return new HelmOptions(List.of(), List.of(), DEFAULT_RELEASE, DEFAULT_NAMESPACE);
  }

  public HelmOptions withValuesFiles(List<Path> files) {
    return new HelmOptions(files, set, releaseName, namespace);
  }

  public HelmOptions withSet(List<String> values) {
    return new HelmOptions(valuesFiles, values, releaseName, namespace);
  }
}
