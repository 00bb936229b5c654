package dev.lashing.misconfig.check;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.k8s.SecretReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Workloads that use plain Secrets while the set uses an external secret store (ExternalSecret,
 * ClusterExternalSecret, SecretProviderClass): every Secret a pod spec names must be one a store
 * produces (ExternalSecret target, SecretProviderClass {@code secretObjects}, SealedSecret). Names
 * are matched within a namespace; an object without a namespace matches any.
 */
final class PlainSecretCheck implements SetCheck.Collector {
  private record Use(@Nullable String namespace, String name, SetHit hit) {}

  private final List<Use> uses = new ArrayList<>();
  private final Set<String> produced = new HashSet<>();
  private final Set<String> producedAnyNamespace = new HashSet<>();
  private boolean storeInUse;

  PlainSecretCheck(SetContext context) {}

  @Override
  public void accept(K8sObject o) {
    storeInUse |= o.isExternalSecretStore();
    for (String name : o.producedSecrets()) {
      if (o.namespace() == null) {
        producedAnyNamespace.add(name);
      } else {
        produced.add(o.namespace() + "/" + name);
      }
    }
    for (SecretReference r : o.secretReferences()) {
      String detail =
          "Secret '"
              + r.name()
              + "' is a plain Secret, not produced by the external secret store in use";
      uses.add(new Use(o.namespace(), r.name(), SetHit.at(o, r.path(), r.container(), detail)));
    }
  }

  @Override
  public SetCheck.Outcome finish() {
    if (!storeInUse) {
      return new SetCheck.Outcome(List.of(), 0);
    }
    List<SetHit> hits = new ArrayList<>();
    for (Use u : uses) {
      boolean managed =
          producedAnyNamespace.contains(u.name())
              || (u.namespace() == null
                  ? produced.stream().anyMatch(p -> p.endsWith("/" + u.name()))
                  : produced.contains(u.namespace() + "/" + u.name()));
      if (!managed) {
        hits.add(u.hit());
      }
    }
    return new SetCheck.Outcome(hits, uses.size());
  }
}
