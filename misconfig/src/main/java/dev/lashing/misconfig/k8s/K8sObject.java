package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The known kind by API group and kind, or {@link ObjectKind#OTHER}. */
  public ObjectKind objectKind() {
    return ObjectKind.of(apiVersion, kind);
  }

  /** The API group, {@code ""} for the core group ({@code v1}). */
  public String group() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** {@code metadata}, or an empty mapping at the object's position. */
  public YamlNode.Mapping metadata() {
    return root.mapping("metadata").orElse(new YamlNode.Mapping(List.of(), root.position()));
  }

  /** {@code spec}, if it is a mapping. */
  public Optional<YamlNode.Mapping> spec() {
    return root.mapping("spec");
  }

  /** {@code metadata.labels} with scalar values, in order. */
  public Map<String, String> labels() {
    return strings(metadata().mapping("labels"));
  }

  /** {@code metadata.annotations} with scalar values, in order. */
  public Map<String, String> annotations() {
    return strings(metadata().mapping("annotations"));
  }

  /** {@code metadata.creationTimestamp} when present and RFC 3339. */
  public Optional<Instant> creationTimestamp() {
    return instant(metadata().text("creationTimestamp"));
  }

  /** Every Secret the pod spec names (env, envFrom, volumes, projected volumes, pull secrets). */
  public List<SecretReference> secretReferences() {
    return podSpec().map(SecretReferences::of).orElse(List.of());
  }

  /**
   * Names of the Secrets this object makes an external or encrypted store produce (ExternalSecret,
   * SecretProviderClass {@code secretObjects}, SealedSecret); empty for others.
   */
  public List<String> producedSecrets() {
    return SecretStores.producedSecrets(this);
  }

  /** An ExternalSecret, ClusterExternalSecret or SecretProviderClass. */
  public boolean isExternalSecretStore() {
    return SecretStores.isExternalStore(this);
  }

  /** An RFC 3339 time, or empty when absent or unparseable. */
  public static Optional<Instant> instant(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text.strip()));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(java.time.OffsetDateTime.parse(text.strip()).toInstant());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static Map<String, String> strings(Optional<YamlNode.Mapping> map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.ifPresent(
        m ->
            m.entries()
                .forEach(
                    e -> {
                      if (e.value() instanceof YamlNode.Scalar s && !s.isNull()) {
                        out.put(e.key().value(), s.value());
                      }
                    }));
    return out;
  }
}
