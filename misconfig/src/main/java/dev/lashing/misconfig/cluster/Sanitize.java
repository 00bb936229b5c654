package dev.lashing.misconfig.cluster;

import dev.lashing.misconfig.objects.SecretMetadata;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is kept of a listed object: everything but {@code managedFields} (bookkeeping, large); of a
 * Secret only its metadata (without kubectl's last-applied copy, which holds the values) and type,
 * built anew so the values are not referenced anywhere once the list is dropped.
 */
final class Sanitize {
  private Sanitize() {}

  static HasMetadata object(HasMetadata o) {
    if (o instanceof Secret s) {
      return secret(s);
    }
    if (o.getMetadata() != null) {
      o.getMetadata().setManagedFields(null);
    }
    return o;
  }

  static Secret secret(Secret s) {
    ObjectMeta m = s.getMetadata() == null ? new ObjectMeta() : s.getMetadata();
    Map<String, String> annotations =
        m.getAnnotations() == null ? null : new LinkedHashMap<>(m.getAnnotations());
    if (annotations != null) {
      annotations.remove(SecretMetadata.LAST_APPLIED);
    }
    Secret clean =
        new SecretBuilder()
            .withNewMetadata()
            .withName(m.getName())
            .withNamespace(m.getNamespace())
            .withUid(m.getUid())
            .withLabels(m.getLabels())
            .withAnnotations(annotations)
            .withOwnerReferences(m.getOwnerReferences())
            .withCreationTimestamp(m.getCreationTimestamp())
            .endMetadata()
            .withType(s.getType())
            .withImmutable(s.getImmutable())
            .build();
    s.setData(null);
    s.setStringData(null);
    return clean;
  }
}
