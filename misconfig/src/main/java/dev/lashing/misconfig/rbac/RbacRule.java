package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.yaml.Position;
import java.util.List;

/**
 * One policy rule as written in a Role or ClusterRole. {@code owner} is the role that contains it
 * ({@code ClusterRole/monitoring}), which for an aggregated ClusterRole is the aggregated one, not
 * the aggregating one; {@code file} and {@code position} point at the rule's list item.
 */
public record RbacRule(
    List<String> verbs,
    List<String> apiGroups,
    List<String> resources,
    List<String> resourceNames,
    List<String> nonResourceURLs,
    String owner,
    String file,
    Position position) {
  public RbacRule {
    verbs = List.copyOf(verbs);
    apiGroups = List.copyOf(apiGroups);
    resources = List.copyOf(resources);
    resourceNames = List.copyOf(resourceNames);
    nonResourceURLs = List.copyOf(nonResourceURLs);
  }

  /** {@code file:line} of the rule. */
  public String location() {
    return file + ":" + position.line();
  }

  /** The rule in kubectl's compact form: {@code get,list pods,secrets [apps] names=x}. */
  public String describe() {
    StringBuilder b = new StringBuilder(String.join(",", verbs)).append(' ');
    if (!nonResourceURLs.isEmpty()) {
      b.append(String.join(",", nonResourceURLs));
    } else {
      b.append(String.join(",", resources));
      if (!apiGroups.isEmpty() && !apiGroups.equals(List.of(""))) {
        b.append(" [")
            .append(
                String.join(",", apiGroups.stream().map(g -> g.isEmpty() ? "core" : g).toList()))
            .append(']');
      }
    }
    if (!resourceNames.isEmpty()) {
      b.append(" names=").append(String.join(",", resourceNames));
    }
    return b.toString();
  }
}
