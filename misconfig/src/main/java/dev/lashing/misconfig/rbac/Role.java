package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.objects.LabelSelector;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Role ({@code namespace} set) or ClusterRole with its effective rules: its own plus, for a
 * ClusterRole with an {@code aggregationRule}, the rules of every ClusterRole its selectors match.
 */
public record Role(
    boolean cluster,
    @Nullable String namespace,
    String name,
    List<RbacRule> rules,
    List<LabelSelector> aggregation,
    Map<String, String> labels,
    K8sObject object) {
  public Role {
    rules = List.copyOf(rules);
    aggregation = List.copyOf(aggregation);
    labels = Map.copyOf(labels);
  }

  public String kind() {
    return cluster ? "ClusterRole" : "Role";
  }

  /** {@code ClusterRole/name} or {@code Role/ns/name}. */
  public String ref() {
    return cluster ? "ClusterRole/" + name : "Role/" + namespace + "/" + name;
  }

  public String location() {
    return object.file() + ":" + object.position().line();
  }

  Role withRules(List<RbacRule> effective) {
    return new Role(cluster, namespace, name, effective, aggregation, labels, object);
  }

  /**
   * Two values are the same role when they come from the same object (kind, name and place in the
   * input): cheap, unlike comparing the whole YAML tree, and what the analysis means by "same".
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Role o
        && ref().equals(o.ref())
        && object.file().equals(o.object.file())
        && object.document() == o.object.document()
        && object.path().equals(o.object.path());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(ref(), object.file(), object.document(), object.path());
  }
}
