package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Secrets that objects of an external or encrypted secret store produce in the cluster:
 * External Secrets Operator {@code ExternalSecret} ({@code spec.target.name}, else its own name),
 * Secrets Store CSI {@code SecretProviderClass} ({@code spec.secretObjects[].secretName}, synced
 * Secrets), Bitnami {@code SealedSecret} ({@code spec.template.metadata.name}, else its own name).
 */
final class SecretStores {
  private SecretStores() {}

  static List<String> producedSecrets(K8sObject o) {
    List<String> out = new ArrayList<>();
    YamlNode.Mapping spec = o.root().mapping("spec").orElse(null);
    switch (o.objectKind()) {
      case EXTERNAL_SECRET -> {
        String target =
            spec == null ? null : spec.mapping("target").map(t -> t.text("name")).orElse(null);
        out.add(target != null ? target : o.name());
      }
      case SECRET_PROVIDER_CLASS -> {
        if (spec != null) {
          spec.sequence("secretObjects")
              .ifPresent(
                  s ->
                      s.items()
                          .forEach(
                              i -> {
                                if (i instanceof YamlNode.Mapping m
                                    && m.text("secretName") != null) {
                                  out.add(m.text("secretName"));
                                }
                              }));
        }
      }
      case SEALED_SECRET -> {
        String target =
            spec == null
                ? null
                : spec.mapping("template")
                    .flatMap(t -> t.mapping("metadata"))
                    .map(m -> m.text("name"))
                    .orElse(null);
        out.add(target != null ? target : o.name());
      }
      default -> {}
    }
    return out;
  }

  /** Whether {@code o} is an object of an external secret store (not a SealedSecret). */
  static boolean isExternalStore(K8sObject o) {
    return o.objectKind() == ObjectKind.EXTERNAL_SECRET
        || o.objectKind() == ObjectKind.SECRET_PROVIDER_CLASS
        || o.objectKind() == ObjectKind.OTHER
            && o.apiVersion().startsWith("external-secrets.io/")
            && o.kind().equals("ClusterExternalSecret");
  }
}
