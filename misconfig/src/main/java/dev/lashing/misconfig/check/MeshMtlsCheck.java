package dev.lashing.misconfig.check;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.k8s.ObjectKind;
import dev.lashing.misconfig.k8s.PeerAuthentication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Namespaces with no mesh mTLS policy, judged only when the set uses Istio at all (any object of an
 * {@code *.istio.io} group): a namespace declared by a {@code Namespace} or used by a workload is
 * covered by a selector-less {@code STRICT} {@code PeerAuthentication} in it, or by a mesh-wide one
 * in the root namespace {@code istio-system}. Namespaces with their own non-STRICT policy are left
 * to the PeerAuthentication check; system namespaces and namespaces labelled {@code
 * istio-injection: disabled} are not in the mesh. Workloads without a namespace are not judged.
 */
final class MeshMtlsCheck implements SetCheck.Collector {
  static final Set<String> SYSTEM =
      Set.of("kube-system", "kube-public", "kube-node-lease", PeerAuthentication.ROOT_NAMESPACE);

  /** The first place each namespace appears: its Namespace object, else its first workload. */
  private final Map<String, SetHit> namespaces = new LinkedHashMap<>();

  private final Set<String> declared = new HashSet<>();
  private final Map<String, String> namespaceMode = new HashMap<>();
  private final Set<String> outOfMesh = new HashSet<>();
  private boolean istio;
  private boolean meshStrict;

  MeshMtlsCheck(SetContext context) {}

  @Override
  public void accept(K8sObject o) {
    istio |= o.group().endsWith(".istio.io") || o.group().equals("istio.io");
    PeerAuthentication.of(o)
        .ifPresent(
            p -> {
              if (p.meshWide()) {
                meshStrict |= "STRICT".equals(p.mode());
              } else if (!p.selectsWorkloads() && p.object().namespace() != null) {
                namespaceMode.put(p.object().namespace(), p.mode() == null ? "UNSET" : p.mode());
              }
            });
    if (o.objectKind() == ObjectKind.NAMESPACE) {
      if ("disabled".equals(o.labels().get("istio-injection"))) {
        outOfMesh.add(o.name());
      }
      if (declared.add(o.name())) {
        namespaces.put(o.name(), hit(o, o.name(), "metadata.name"));
      }
    } else if (o.podSpec().isPresent() && o.namespace() != null) {
      namespaces.putIfAbsent(o.namespace(), hit(o, o.namespace(), "metadata.namespace"));
    }
  }

  @Override
  public SetCheck.Outcome finish() {
    if (!istio) {
      return new SetCheck.Outcome(List.of(), 0);
    }
    List<SetHit> hits = new ArrayList<>();
    int subjects = 0;
    for (Map.Entry<String, SetHit> e : namespaces.entrySet()) {
      String ns = e.getKey();
      if (SYSTEM.contains(ns) || outOfMesh.contains(ns)) {
        continue;
      }
      subjects++;
      String own = namespaceMode.get(ns);
      // a namespace policy of its own that is not STRICT is reported by the PeerAuthentication
      // check
      boolean ownPolicy = own != null && !own.equals("UNSET");
      if (!ownPolicy && !meshStrict) {
        hits.add(e.getValue());
      }
    }
    return new SetCheck.Outcome(hits, subjects);
  }

  private static SetHit hit(K8sObject o, String namespace, String path) {
    return SetHit.at(
        o,
        path,
        null,
        "namespace '"
            + namespace
            + "' has no STRICT PeerAuthentication, and there is no mesh-wide one in "
            + PeerAuthentication.ROOT_NAMESPACE);
  }
}
