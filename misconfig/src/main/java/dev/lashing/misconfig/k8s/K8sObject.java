package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One Kubernetes object from a manifest, of any kind (unknown kinds are kept). {@code document} is
 * the 0-based document index in the file; {@code path} is where the object sits in it ({@code ""},
 * or {@code items[3]} inside a List).
 */
public record K8sObject(
    String file,
    int document,
    String path,
    String apiVersion,
    String kind,
    @Nullable String namespace,
    String name,
    YamlNode.Mapping root) {

  public Position position() {
    return root.position();
  }

  /** {@code Kind/namespace/name} or {@code Kind/name} for cluster-scoped or unset namespaces. */
  public String ref() {
    return namespace == null ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }

  /** The pod spec of a Pod, a workload's pod template or a CronJob's job template, if any. */
  public Optional<PodSpec> podSpec() {
    return PodSpecs.of(this);
  }
}
