package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.YamlNode;
import java.util.List;

/**
 * A pod spec inside an object: {@code path} from the object root (e.g. {@code
 * spec.jobTemplate.spec.template.spec}), the spec mapping and all its containers in order (init,
 * regular, ephemeral). {@code templateMetadata} is the pod's metadata (the object's own for a Pod).
 */
public record PodSpec(
    String path,
    YamlNode.Mapping spec,
    YamlNode.Mapping templateMetadata,
    List<Container> containers) {
  public PodSpec {
    containers = List.copyOf(containers);
  }
}
