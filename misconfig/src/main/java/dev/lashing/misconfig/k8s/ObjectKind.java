package dev.lashing.misconfig.k8s;

import java.util.Map;

/**
 * The kinds Lashing knows by API group and kind (so a Knative {@code Service} is not a core {@code
 * Service}); everything else is {@link #OTHER} and still kept and checked by object-scope checks.
 */
public enum ObjectKind {
  POD("", "Pod"),
  DEPLOYMENT("apps", "Deployment"),
  STATEFUL_SET("apps", "StatefulSet"),
  DAEMON_SET("apps", "DaemonSet"),
  REPLICA_SET("apps", "ReplicaSet"),
  REPLICATION_CONTROLLER("", "ReplicationController"),
  JOB("batch", "Job"),
  CRON_JOB("batch", "CronJob"),
  SERVICE("", "Service"),
  INGRESS("networking.k8s.io", "Ingress"),
  NETWORK_POLICY("networking.k8s.io", "NetworkPolicy"),
  POD_DISRUPTION_BUDGET("policy", "PodDisruptionBudget"),
  LIMIT_RANGE("", "LimitRange"),
  RESOURCE_QUOTA("", "ResourceQuota"),
  SECRET("", "Secret"),
  CONFIG_MAP("", "ConfigMap"),
  SERVICE_ACCOUNT("", "ServiceAccount"),
  NAMESPACE("", "Namespace"),
  ROLE("rbac.authorization.k8s.io", "Role"),
  CLUSTER_ROLE("rbac.authorization.k8s.io", "ClusterRole"),
  ROLE_BINDING("rbac.authorization.k8s.io", "RoleBinding"),
  CLUSTER_ROLE_BINDING("rbac.authorization.k8s.io", "ClusterRoleBinding"),
  PEER_AUTHENTICATION("security.istio.io", "PeerAuthentication"),
  DESTINATION_RULE("networking.istio.io", "DestinationRule"),
  ENCRYPTION_CONFIGURATION("apiserver.config.k8s.io", "EncryptionConfiguration"),
  EXTERNAL_SECRET("external-secrets.io", "ExternalSecret"),
  SECRET_PROVIDER_CLASS("secrets-store.csi.x-k8s.io", "SecretProviderClass"),
  SEALED_SECRET("bitnami.com", "SealedSecret"),
  OTHER("", "");

  private static final Map<String, ObjectKind> BY_KEY = index();

  private final String group;
  private final String kind;

  ObjectKind(String group, String kind) {
    this.group = group;
    this.kind = kind;
  }

  /** The API group ({@code ""} for the core group). */
  public String group() {
    return group;
  }

  public String kind() {
    return kind;
  }

  /** By apiVersion ({@code apps/v1}, {@code v1}, {@code networking.istio.io/v1beta1}) and kind. */
  public static ObjectKind of(String apiVersion, String kind) {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    // Ingress was served by extensions/v1beta1 before networking.k8s.io; same object.
    if (group.equals("extensions") && kind.equals("Ingress")) {
      group = "networking.k8s.io";
    }
    return BY_KEY.getOrDefault(group + "/" + kind, OTHER);
  }

  private static Map<String, ObjectKind> index() {
    Map<String, ObjectKind> m = new java.util.HashMap<>();
    for (ObjectKind k : values()) {
      if (k != OTHER) {
        m.put(k.group + "/" + k.kind, k);
      }
    }
    return Map.copyOf(m);
  }
}
