package dev.lashing.misconfig.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One resource kind the loader lists, and how. The literal list is {@link #ALL}. */
record ClusterKind(String kind, String plural, boolean namespaced, Lister lister) {

  @FunctionalInterface
  interface Lister {
    List<? extends HasMetadata> list(KubernetesClient client, @Nullable String namespace);
  }

  /** What is read, in this order (the order of objects in the set). */
  static final List<ClusterKind> ALL =
      List.of(
          cluster("Namespace", "namespaces", (c, ns) -> c.namespaces().list().getItems()),
          namespaced("ServiceAccount", "serviceaccounts", (c, ns) -> in(c.serviceAccounts(), ns)),
          namespaced("Secret", "secrets", (c, ns) -> in(c.secrets(), ns)),
          namespaced("Service", "services", (c, ns) -> in(c.services(), ns)),
          namespaced("Pod", "pods", (c, ns) -> in(c.pods(), ns)),
          namespaced("Deployment", "deployments", (c, ns) -> in(c.apps().deployments(), ns)),
          namespaced("StatefulSet", "statefulsets", (c, ns) -> in(c.apps().statefulSets(), ns)),
          namespaced("DaemonSet", "daemonsets", (c, ns) -> in(c.apps().daemonSets(), ns)),
          namespaced("ReplicaSet", "replicasets", (c, ns) -> in(c.apps().replicaSets(), ns)),
          namespaced("Job", "jobs", (c, ns) -> in(c.batch().v1().jobs(), ns)),
          namespaced("CronJob", "cronjobs", (c, ns) -> in(c.batch().v1().cronjobs(), ns)),
          namespaced(
              "NetworkPolicy",
              "networkpolicies",
              (c, ns) -> in(c.network().v1().networkPolicies(), ns)),
          cluster(
              "ClusterRole", "clusterroles", (c, ns) -> c.rbac().clusterRoles().list().getItems()),
          cluster(
              "ClusterRoleBinding",
              "clusterrolebindings",
              (c, ns) -> c.rbac().clusterRoleBindings().list().getItems()),
          namespaced("Role", "roles", (c, ns) -> in(c.rbac().roles(), ns)),
          namespaced("RoleBinding", "rolebindings", (c, ns) -> in(c.rbac().roleBindings(), ns)));

  private static ClusterKind cluster(String kind, String plural, Lister lister) {
    return new ClusterKind(kind, plural, false, lister);
  }

  private static ClusterKind namespaced(String kind, String plural, Lister lister) {
    return new ClusterKind(kind, plural, true, lister);
  }

  private static <T extends HasMetadata, L extends KubernetesResourceList<T>> List<T> in(
      MixedOperation<T, L, ? extends Resource<T>> op, @Nullable String ns) {
    return ns == null
        ? op.inAnyNamespace().list().getItems()
        : op.inNamespace(ns).list().getItems();
  }

  /** {@code secrets in namespace x}, {@code secrets in all namespaces}, {@code clusterroles}. */
  String describe(@Nullable String ns) {
    if (!namespaced) {
      return plural;
    }
    return ns == null ? plural + " in all namespaces" : plural + " in namespace " + ns;
  }
}
