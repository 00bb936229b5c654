package dev.lashing.misconfig.rbac;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What Lashing knows of built-in resources: their API group (so {@code who-can get deployments}
 * needs no group) and which are cluster-scoped (a RoleBinding never grants those).
 */
public final class Resources {
  private Resources() {}

  private static final Map<String, String> GROUPS =
      Map.ofEntries(
          Map.entry("pods", ""),
          Map.entry("services", ""),
          Map.entry("secrets", ""),
          Map.entry("configmaps", ""),
          Map.entry("serviceaccounts", ""),
          Map.entry("nodes", ""),
          Map.entry("namespaces", ""),
          Map.entry("persistentvolumes", ""),
          Map.entry("persistentvolumeclaims", ""),
          Map.entry("endpoints", ""),
          Map.entry("events", ""),
          Map.entry("replicationcontrollers", ""),
          Map.entry("limitranges", ""),
          Map.entry("resourcequotas", ""),
          Map.entry("podtemplates", ""),
          Map.entry("bindings", ""),
          Map.entry("componentstatuses", ""),
          Map.entry("users", ""),
          Map.entry("groups", ""),
          Map.entry("uids", "authentication.k8s.io"),
          Map.entry("userextras", "authentication.k8s.io"),
          Map.entry("tokenreviews", "authentication.k8s.io"),
          Map.entry("deployments", "apps"),
          Map.entry("statefulsets", "apps"),
          Map.entry("daemonsets", "apps"),
          Map.entry("replicasets", "apps"),
          Map.entry("controllerrevisions", "apps"),
          Map.entry("jobs", "batch"),
          Map.entry("cronjobs", "batch"),
          Map.entry("roles", "rbac.authorization.k8s.io"),
          Map.entry("rolebindings", "rbac.authorization.k8s.io"),
          Map.entry("clusterroles", "rbac.authorization.k8s.io"),
          Map.entry("clusterrolebindings", "rbac.authorization.k8s.io"),
          Map.entry("networkpolicies", "networking.k8s.io"),
          Map.entry("ingresses", "networking.k8s.io"),
          Map.entry("ingressclasses", "networking.k8s.io"),
          Map.entry("certificatesigningrequests", "certificates.k8s.io"),
          Map.entry("signers", "certificates.k8s.io"),
          Map.entry("mutatingwebhookconfigurations", "admissionregistration.k8s.io"),
          Map.entry("validatingwebhookconfigurations", "admissionregistration.k8s.io"),
          Map.entry("validatingadmissionpolicies", "admissionregistration.k8s.io"),
          Map.entry("validatingadmissionpolicybindings", "admissionregistration.k8s.io"),
          Map.entry("customresourcedefinitions", "apiextensions.k8s.io"),
          Map.entry("apiservices", "apiregistration.k8s.io"),
          Map.entry("storageclasses", "storage.k8s.io"),
          Map.entry("csidrivers", "storage.k8s.io"),
          Map.entry("csinodes", "storage.k8s.io"),
          Map.entry("volumeattachments", "storage.k8s.io"),
          Map.entry("poddisruptionbudgets", "policy"),
          Map.entry("podsecuritypolicies", "policy"),
          Map.entry("horizontalpodautoscalers", "autoscaling"),
          Map.entry("priorityclasses", "scheduling.k8s.io"),
          Map.entry("runtimeclasses", "node.k8s.io"),
          Map.entry("leases", "coordination.k8s.io"),
          Map.entry("endpointslices", "discovery.k8s.io"),
          Map.entry("subjectaccessreviews", "authorization.k8s.io"),
          Map.entry("selfsubjectaccessreviews", "authorization.k8s.io"),
          Map.entry("selfsubjectrulesreviews", "authorization.k8s.io"),
          Map.entry("localsubjectaccessreviews", "authorization.k8s.io"));

  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "nodes",
          "namespaces",
          "persistentvolumes",
          "componentstatuses",
          "users",
          "groups",
          "uids",
          "userextras",
          "tokenreviews",
          "clusterroles",
          "clusterrolebindings",
          "certificatesigningrequests",
          "signers",
          "mutatingwebhookconfigurations",
          "validatingwebhookconfigurations",
          "validatingadmissionpolicies",
          "validatingadmissionpolicybindings",
          "customresourcedefinitions",
          "apiservices",
          "storageclasses",
          "csidrivers",
          "csinodes",
          "volumeattachments",
          "podsecuritypolicies",
          "priorityclasses",
          "runtimeclasses",
          "ingressclasses",
          "subjectaccessreviews",
          "selfsubjectaccessreviews",
          "selfsubjectrulesreviews",
          "flowschemas",
          "prioritylevelconfigurations");

  /** The API group of a built-in resource ({@code ""} = core), or null when not known. */
  public static @Nullable String group(String resource) {
    return GROUPS.get(base(resource));
  }

  /** True for a cluster-scoped resource (by its base name: {@code nodes/proxy} → nodes). */
  public static boolean clusterScoped(String resource) {
    return CLUSTER_SCOPED.contains(base(resource));
  }

  /**
   * Whether a request is authorized without a namespace. Binding a ClusterRole through a
   * RoleBinding is checked in the RoleBinding's namespace, so {@code bind} on {@code clusterroles}
   * is namespace-checked even though ClusterRoles are cluster-scoped.
   */
  public static boolean clusterScoped(String resource, String verb) {
    if (verb.equals("bind") && base(resource).equals("clusterroles")) {
      return false;
    }
    return clusterScoped(resource);
  }

  private static String base(String resource) {
    String r = resource.toLowerCase(Locale.ROOT);
    int slash = r.indexOf('/');
    return slash < 0 ? r : r.substring(0, slash);
  }
}
