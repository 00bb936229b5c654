package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.YamlLoader;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class DefaultK8sLoader implements K8sLoader {
  private final YamlLoader yaml;

  DefaultK8sLoader(YamlLoader yaml) {
    this.yaml = yaml;
  }

  @Override
  public List<K8sObject> load(String file, String text) throws MisconfigException {
    List<YamlNode> documents = yaml.load(file, text);
    List<K8sObject> out = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      if (documents.get(d) instanceof YamlNode.Mapping root) {
        add(file, d, "", root, out);
      }
    }
    return out;
  }

  private static void add(
      String file, int document, String path, YamlNode.Mapping root, List<K8sObject> out) {
    String apiVersion = root.text("apiVersion");
    String kind = root.text("kind");
    if (apiVersion == null || kind == null) {
      return;
    }
    Optional<YamlNode.Sequence> items = root.sequence("items");
    if (kind.endsWith("List") && items.isPresent()) {
      String prefix = path.isEmpty() ? "items" : path + ".items";
      for (int i = 0; i < items.get().items().size(); i++) {
        if (items.get().items().get(i) instanceof YamlNode.Mapping item) {
          add(file, document, prefix + "[" + i + "]", item, out);
        }
      }
      return;
    }
    YamlNode.Mapping metadata = root.mapping("metadata").orElse(null);
    String name = metadata == null ? null : metadata.text("name");
    if (name == null && metadata != null) {
      name = metadata.text("generateName");
    }
    String namespace = metadata == null ? null : metadata.text("namespace");
    out.add(
        new K8sObject(
            file, document, path, apiVersion, kind, namespace, name == null ? "" : name, root));
  }
}
