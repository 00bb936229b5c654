package dev.lashing.misconfig.objects;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.List;
import java.util.Set;

/**
 * Keeps a Secret's metadata and type and drops its values ({@code data}, {@code stringData}) and
 * the {@code kubectl.kubernetes.io/last-applied-configuration} annotation, which repeats them.
 */
public final class SecretMetadata {
  /** The annotation kubectl apply writes: a JSON copy of the object, Secret values included. */
  public static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private static final Set<String> VALUES = Set.of("data", "stringData");

  private SecretMetadata() {}

  /** The object unchanged unless it is a core Secret; a Secret without its values. */
  public static K8sObject strip(K8sObject o) {
    if (!o.kind().equals("Secret") || !o.apiVersion().equals("v1")) {
      return o;
    }
    List<YamlNode.Entry> kept =
        o.root().entries().stream()
            .filter(e -> !VALUES.contains(e.key().value()))
            .map(SecretMetadata::metadata)
            .toList();
    YamlNode.Mapping root = new YamlNode.Mapping(kept, o.root().position());
    return new K8sObject(
        o.file(), o.document(), o.path(), o.apiVersion(), o.kind(), o.namespace(), o.name(), root);
  }

  private static YamlNode.Entry metadata(YamlNode.Entry e) {
    if (!e.key().value().equals("metadata") || !(e.value() instanceof YamlNode.Mapping meta)) {
      return e;
    }
    List<YamlNode.Entry> entries =
        meta.entries().stream().map(SecretMetadata::annotations).toList();
    return new YamlNode.Entry(e.key(), new YamlNode.Mapping(entries, meta.position()));
  }

  private static YamlNode.Entry annotations(YamlNode.Entry e) {
    if (!e.key().value().equals("annotations") || !(e.value() instanceof YamlNode.Mapping a)) {
      return e;
    }
    List<YamlNode.Entry> kept =
        a.entries().stream().filter(x -> !x.key().value().equals(LAST_APPLIED)).toList();
    return new YamlNode.Entry(e.key(), new YamlNode.Mapping(kept, a.position()));
  }
}
