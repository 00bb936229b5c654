package dev.lashing.misconfig;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of configuration input, and how a file's kind is recognised. A {@code HELM_CHART} (a
 * directory with {@code Chart.yaml}, or a packaged {@code .tgz}) is recognised by its content, not
 * by name; see {@link dev.lashing.misconfig.helm.HelmRenderer}.
 */
public enum InputKind {
  DOCKERFILE,
  KUBERNETES,
  HELM_CHART;

  /**
   * By file name: {@code Dockerfile}, {@code Dockerfile.*}, {@code *.Dockerfile}, {@code
   * Containerfile}, {@code Containerfile.*}; {@code *.yaml}, {@code *.yml}, {@code *.json}.
   */
  public static Optional<InputKind> byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.equals("dockerfile")
        || n.startsWith("dockerfile.")
        || n.endsWith(".dockerfile")
        || n.equals("containerfile")
        || n.startsWith("containerfile.")
        || n.endsWith(".containerfile")) {
      return Optional.of(DOCKERFILE);
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) {
      return Optional.of(KUBERNETES);
    }
    return Optional.empty();
  }

  /** For standard input: by name if it tells, else a Dockerfile if it starts with FROM or ARG. */
  public static InputKind sniff(String name, String text) {
    return byName(name).orElseGet(() -> startsLikeDockerfile(text) ? DOCKERFILE : KUBERNETES);
  }

  private static boolean startsLikeDockerfile(String text) {
    for (String line : text.lines().limit(1000).toList()) {
      String s = line.strip().toUpperCase(Locale.ROOT);
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      return s.startsWith("FROM ") || s.startsWith("ARG ");
    }
    return false;
  }
}
