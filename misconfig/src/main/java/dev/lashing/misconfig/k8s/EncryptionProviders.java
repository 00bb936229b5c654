package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code resources[]} entry of an {@code EncryptionConfiguration} (apiserver.config.k8s.io):
 * the resources it covers ({@code secrets}, {@code configmaps}, {@code *.*}), its providers in
 * order ({@code aescbc}, {@code aesgcm}, {@code secretbox}, {@code kms}, {@code identity}; the
 * first one encrypts new writes) and its path from the object root ({@code resources[0]}).
 */
public record EncryptionProviders(List<String> resources, List<String> providers, String path) {
  public EncryptionProviders {
    resources = List.copyOf(resources);
    providers = List.copyOf(providers);
  }

  /** The entries of an EncryptionConfiguration, empty for other kinds. */
  public static List<EncryptionProviders> of(K8sObject o) {
    List<EncryptionProviders> out = new ArrayList<>();
    if (o.objectKind() != ObjectKind.ENCRYPTION_CONFIGURATION) {
      return out;
    }
    List<YamlNode> entries =
        o.root().sequence("resources").map(YamlNode.Sequence::items).orElse(List.of());
    for (int i = 0; i < entries.size(); i++) {
      if (!(entries.get(i) instanceof YamlNode.Mapping m)) {
        continue;
      }
      List<String> resources = new ArrayList<>();
      m.sequence("resources")
          .ifPresent(
              s ->
                  s.items()
                      .forEach(
                          r -> {
                            if (r instanceof YamlNode.Scalar sc && !sc.isNull()) {
                              resources.add(sc.value());
                            }
                          }));
      List<String> providers = new ArrayList<>();
      m.sequence("providers")
          .ifPresent(
              s ->
                  s.items()
                      .forEach(
                          p -> {
                            if (p instanceof YamlNode.Mapping pm && !pm.entries().isEmpty()) {
                              providers.add(pm.entries().getFirst().key().value());
                            }
                          }));
      out.add(new EncryptionProviders(resources, providers, "resources[" + i + "]"));
    }
    return out;
  }

  /** Whether this entry covers Secrets ({@code secrets}, {@code *.} or {@code *.*}). */
  public boolean coversSecrets() {
    return resources.stream()
        .anyMatch(r -> r.equals("secrets") || r.equals("*.") || r.equals("*.*"));
  }
}
