package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.k8s.K8sObject;
import java.util.List;

/** Computes which workloads (and outside addresses) may connect to which under NetworkPolicies. */
public interface NetpolAnalyzer {

  /** The allowed connections among the workloads of {@code objects}; never throws on bad input. */
  ConnectivityMap analyze(List<K8sObject> objects);

  /** The same over an already built topology. */
  ConnectivityMap analyze(Topology topology);

  /** The topology (namespaces, workloads, policies, exposure) the analysis reads. */
  static Topology topology(List<K8sObject> objects) {
    return TopologyBuilder.build(objects);
  }

  static NetpolAnalyzer create() {
    return new Reachability();
  }
}
