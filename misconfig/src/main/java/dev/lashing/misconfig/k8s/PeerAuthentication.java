package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Istio {@code PeerAuthentication} (security.istio.io): its namespace, {@code spec.mtls.mode}
 * ({@code STRICT}, {@code PERMISSIVE}, {@code DISABLE}, {@code UNSET}; null when absent), whether
 * it selects workloads ({@code spec.selector}) and {@code portLevelMtls} modes by port.
 */
public record PeerAuthentication(
    K8sObject object, @Nullable String mode, boolean selectsWorkloads, Map<String, String> ports) {
  /** Istio's default root namespace: a selector-less policy there applies to the whole mesh. */
  public static final String ROOT_NAMESPACE = "istio-system";

  public PeerAuthentication {
    ports = Map.copyOf(ports);
  }

  public static Optional<PeerAuthentication> of(K8sObject o) {
    if (o.objectKind() != ObjectKind.PEER_AUTHENTICATION) {
      return Optional.empty();
    }
    YamlNode.Mapping spec = o.spec().orElse(null);
    String mode = spec == null ? null : spec.mapping("mtls").map(m -> m.text("mode")).orElse(null);
    boolean selector = spec != null && spec.mapping("selector").isPresent();
    Map<String, String> ports = new LinkedHashMap<>();
    if (spec != null) {
      spec.mapping("portLevelMtls")
          .ifPresent(
              p ->
                  p.entries()
                      .forEach(
                          e -> {
                            if (e.value() instanceof YamlNode.Mapping m && m.text("mode") != null) {
                              ports.put(e.key().value(), m.text("mode"));
                            }
                          }));
    }
    return Optional.of(new PeerAuthentication(o, mode, selector, ports));
  }

  /** STRICT for every port: namespace- or mesh-wide mutual TLS that no port opts out of. */
  public boolean strict() {
    return "STRICT".equals(mode) && ports.values().stream().allMatch("STRICT"::equals);
  }

  /** A selector-less policy in the root namespace (mesh-wide) or a namespace (namespace-wide). */
  public boolean meshWide() {
    return !selectsWorkloads && ROOT_NAMESPACE.equals(object.namespace());
  }
}
