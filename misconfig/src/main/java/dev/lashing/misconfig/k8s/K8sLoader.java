package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.YamlLoader;
import java.util.List;

/**
 * Reads Kubernetes manifests (YAML or JSON, multi-document) into objects. Documents without {@code
 * apiVersion} and {@code kind} are not Kubernetes objects and are skipped; {@code *List} kinds are
 * flattened into their items; every other kind is kept, known or not.
 */
public interface K8sLoader {

  List<K8sObject> load(String file, String text) throws MisconfigException;

  static K8sLoader create(YamlLoader yaml) {
    return new DefaultK8sLoader(yaml);
  }

  static K8sLoader create() {
    return create(YamlLoader.create());
  }
}
