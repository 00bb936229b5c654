package dev.lashing.misconfig.check;

import dev.lashing.misconfig.ObjectRef;
import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlValues;
import org.jspecify.annotations.Nullable;

/**
 * Where a set check fails: the file and position inside the offending object, the object, the
 * container if one is meant, and a detail that replaces the check's title in the message (null to
 * use the check's own message).
 */
public record SetHit(
    String file,
    Position position,
    ObjectRef object,
    @Nullable String container,
    @Nullable String detail) {

  /**
   * A hit at {@code path} (from the object root) of {@code o}, or at its {@code metadata.name} when
   * the path is absent. Resolved at once, so collectors need not keep whole objects.
   */
  public static SetHit at(
      K8sObject o, String path, @Nullable String container, @Nullable String detail) {
    Position p =
        YamlValues.positionOf(o.root(), path)
            .or(() -> YamlValues.positionOf(o.root(), "metadata.name"))
            .orElse(o.position());
    return new SetHit(
        o.file(), p, new ObjectRef(o.kind(), o.namespace(), o.name()), container, detail);
  }
}
