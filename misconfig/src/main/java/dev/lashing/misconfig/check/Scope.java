package dev.lashing.misconfig.check;

import java.util.Locale;

/**
 * What one evaluation of a check sees, and so how often it runs. Variables per scope (all maps are
 * the YAML/Dockerfile values as plain CEL maps and lists):
 *
 * <ul>
 *   <li>{@code instruction}, {@code stage}, {@code dockerfile} (Dockerfile): {@code instruction}
 *       {cmd, value, words, flags, json, heredocs, line, stage}, {@code stage} {index, name, image,
 *       platform, line, last, instructions}, {@code dockerfile} {stages, instructions}. Unused ones
 *       are empty maps.
 *   <li>{@code container}, {@code podSpec}, {@code object} (Kubernetes): {@code object} (the whole
 *       object), {@code spec} (the pod spec, or an empty map), {@code podMeta} (the pod template's
 *       metadata), {@code container} (one container or an empty map), {@code containerType} ({@code
 *       containers}, {@code initContainers}, {@code ephemeralContainers} or "").
 *   <li>{@code set} (Kubernetes): no variables; a {@link SetCheck} sees every object of the scan.
 * </ul>
 */
public enum Scope {
  INSTRUCTION(Target.DOCKERFILE),
  STAGE(Target.DOCKERFILE),
  DOCKERFILE(Target.DOCKERFILE),
  CONTAINER(Target.KUBERNETES),
  POD_SPEC(Target.KUBERNETES),
  OBJECT(Target.KUBERNETES),
  /** All Kubernetes objects of one scan at once; logic from {@link SetChecks} only. */
  SET(Target.KUBERNETES);

  private final Target target;

  Scope(Target target) {
    this.target = target;
  }

  public Target target() {
    return target;
  }

  /** {@code podSpec} → POD_SPEC. */
  public static Scope parse(String text) {
    String upper = text.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    return valueOf(upper);
  }
}
