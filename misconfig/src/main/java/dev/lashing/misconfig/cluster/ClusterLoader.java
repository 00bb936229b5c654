package dev.lashing.misconfig.cluster;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.objects.ObjectSet;

/**
 * Lists a live cluster's namespaces, workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * Job, CronJob), pods, services, service accounts, RBAC objects, NetworkPolicies and Secrets
 * (metadata only: values are dropped as each Secret arrives and never kept) into an {@link
 * ObjectSet}. Each object becomes one YAML document named {@code
 * cluster:CONTEXT/KIND/NAMESPACE/NAME}. A kind the cluster refuses or cannot serve becomes one
 * problem line ({@code cannot list secrets in namespace x: forbidden}); the others are still read.
 */
public interface ClusterLoader {

  /**
   * @throws MisconfigException when the kubeconfig cannot be read or has no such context (nothing
   *     to connect to); an unreachable server is a problem per kind, not an exception
   */
  ObjectSet load(ClusterOptions options) throws MisconfigException;

  static ClusterLoader create() {
    Fabric8ClusterLoader.quietLogging();
    return new Fabric8ClusterLoader();
  }
}
