package dev.lashing.misconfig.netpol;

import java.util.List;
import java.util.Map;

/**
 * What the analysis reads from a set of objects: namespaces with their labels (declared or only
 * referenced), workloads, NetworkPolicies, how workloads are exposed outside the cluster (workload
 * id → reasons such as {@code Service default/web type LoadBalancer}), and notes about input that
 * could not be used as written.
 */
public record Topology(
    Map<String, Map<String, String>> namespaces,
    List<Endpoint.Workload> workloads,
    List<Policy> policies,
    Map<String, List<String>> exposures,
    List<String> notes) {
  public Topology {
    namespaces = Map.copyOf(namespaces);
    workloads = List.copyOf(workloads);
    policies = List.copyOf(policies);
    exposures = Map.copyOf(exposures);
    notes = List.copyOf(notes);
  }
}
