package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.k8s.K8sObject;
import java.util.List;

/** Computes which workloads (and outside addresses) may connect to which under NetworkPolicies. */
public interface NetpolAnalyzer {

  /**
   * The allowed connections among the workloads of {@code objects} (assuming cluster DNS, see
   * {@link #topology}); never throws on bad input.
   */
  ConnectivityMap analyze(List<K8sObject> objects);

  /** The same over an already built topology. */
  ConnectivityMap analyze(Topology topology);

  /**
   * The topology (namespaces, workloads, policies, exposure) the analysis reads. With {@code
   * assumeClusterDns}, when policies select {@code k8s-app=kube-dns} and no workload carries that
   * label, the cluster's DNS is added as {@code kube-system/kube-dns-livesim[Pod]} (UDP/TCP 53), as
   * network-config-analyzer does for manifests from a repository.
   */
  static Topology topology(List<K8sObject> objects, boolean assumeClusterDns) {
    return TopologyBuilder.build(objects, assumeClusterDns);
  }

  static NetpolAnalyzer create() {
    return new Reachability();
  }
}
