package dev.lashing.misconfig.rbac;

import static dev.lashing.model.Severity.CRITICAL;
import static dev.lashing.model.Severity.HIGH;
import static dev.lashing.model.Severity.LOW;
import static dev.lashing.model.Severity.MEDIUM;

import dev.lashing.misconfig.check.Controls;
import dev.lashing.misconfig.rbac.RbacRisk.AllOf;
import dev.lashing.misconfig.rbac.RbacRisk.AnyOf;
import dev.lashing.misconfig.rbac.RbacRisk.Need;
import dev.lashing.misconfig.rbac.RbacRisk.RuleShape;
import dev.lashing.misconfig.rbac.RbacRisk.Special;
import dev.lashing.misconfig.rbac.RbacRisk.Where;
import dev.lashing.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The RBAC risk catalog: one literal, ordered list. Ids are stable: a risk is never renumbered, a
 * retired one keeps its number unused. Peer names: {@code kubiscan:TEMPLATE} (KubiScan's {@code
 * risky_roles.yaml}), {@code rbac-police:POLICY}.
 */
public final class RbacRisks {
  private RbacRisks() {}

  static final String CORE = "";
  static final String APPS = "apps";
  static final String RBAC = "rbac.authorization.k8s.io";
  static final String CERTS = "certificates.k8s.io";
  static final String ADMISSION = "admissionregistration.k8s.io";
  static final Set<String> READ = Set.of("get", "list", "watch");
  static final Set<String> WRITE = Set.of("create", "update", "patch");
  static final Set<String> MODIFY = Set.of("update", "patch");
  static final Set<String> IMPERSONATE = Set.of("impersonate");
  static final String AUTHN = "authentication.k8s.io";

  public static final String CLUSTER_ADMIN = "LSH-RBAC-020";
  public static final String DEFAULT_SA = "LSH-RBAC-021";
  public static final String WORKLOAD_TOKEN = "LSH-RBAC-022";
  public static final String CLOUD_IAM = "LSH-RBAC-032";

  private static final List<RbacRisk> CATALOG =
      List.of(
          risk(
              "LSH-RBAC-001",
              HIGH,
              "Wildcard verb in a granted rule",
              "A rule grants every verb ('*'), including ones added in later Kubernetes versions"
                  + " and escalate, bind and impersonate where the resource allows them.",
              "List the verbs the subject needs.",
              controls("5.1.3"),
              List.of("kubiscan:risky-any-verb"),
              new RuleShape(r -> r.verbs().contains("*")),
              Where.ANY),
          risk(
              "LSH-RBAC-002",
              HIGH,
              "Wildcard resource in a granted rule",
              "A rule grants access to every resource ('*') of its API groups, Secrets and"
                  + " subresources such as pods/exec included.",
              "List the resources the subject needs.",
              controls("5.1.3"),
              List.of(
                  "kubiscan:risky-any-resource-get",
                  "kubiscan:risky-any-resource-list",
                  "kubiscan:risky-any-resource-create",
                  "kubiscan:risky-any-resource-delete"),
              new RuleShape(r -> r.resources().contains("*")),
              Where.ANY),
          risk(
              "LSH-RBAC-003",
              MEDIUM,
              "Wildcard API group in a granted rule",
              "A rule applies to every API group ('*'), so the same resource name in any current"
                  + " or future group (including CRDs) is granted too.",
              "List the API groups the subject needs.",
              controls("5.1.3"),
              List.of(),
              new RuleShape(r -> r.apiGroups().contains("*") && !r.resources().isEmpty()),
              Where.ANY),
          risk(
              "LSH-RBAC-004",
              CRITICAL,
              "Cluster-admin equivalent: every verb on every resource",
              "The subject holds '*' verbs on '*' resources in '*' API groups cluster-wide: it"
                  + " controls the whole cluster.",
              "Bind a role that lists what the subject needs; keep full access to break-glass"
                  + " identities.",
              controls("5.1.1"),
              List.of("rbac-police:cluster_admin", "kubiscan:risky-any-verb"),
              new RuleShape(
                  r ->
                      r.verbs().contains("*")
                          && r.resources().contains("*")
                          && r.apiGroups().contains("*")),
              Where.CLUSTER),
          needs(
              "LSH-RBAC-005",
              CRITICAL,
              "Can escalate roles",
              "The escalate verb lets the subject add to a Role or ClusterRole permissions it does"
                  + " not hold itself, then use them.",
              "Remove escalate (and '*') on roles and clusterroles.",
              controls("5.1.8"),
              List.of("rbac-police:escalate_roles"),
              Where.ANY,
              any(
                  new Need(Set.of("escalate"), Set.of(RBAC), "roles"),
                  new Need(Set.of("escalate"), Set.of(RBAC), "clusterroles"))),
          needs(
              "LSH-RBAC-006",
              CRITICAL,
              "Can bind roles",
              "The bind verb lets the subject create bindings to roles with permissions it does"
                  + " not hold (e.g. bind itself to cluster-admin).",
              "Remove bind (and '*') on roles and clusterroles, or restrict it with resourceNames"
                  + " to harmless roles.",
              controls("5.1.8"),
              List.of(
                  "rbac-police:bind_roles",
                  "kubiscan:risky-create-rolebinding-role",
                  "kubiscan:risky-create-rolebinding-clusterrole",
                  "kubiscan:risky-create-clusterrolebinding-clusterrole"),
              Where.ANY,
              any(
                  new Need(Set.of("bind"), Set.of(RBAC), "roles"),
                  new Need(Set.of("bind"), Set.of(RBAC), "clusterroles"))),
          needs(
              "LSH-RBAC-007",
              CRITICAL,
              "Can impersonate users, groups or service accounts",
              "Impersonation lets the subject act as another identity, e.g. the system:masters"
                  + " group, with all its rights.",
              "Remove impersonate; grant it only to audited break-glass tooling.",
              controls("5.1.8"),
              List.of(
                  "rbac-police:impersonate",
                  "kubiscan:risky-impersonate-groups",
                  "kubiscan:risky-any-resource-impersonate",
                  "kubiscan:risky-any-verb-users",
                  "kubiscan:risky-any-verb-groups"),
              Where.ANY,
              any(
                  new Need(IMPERSONATE, Set.of(CORE), "users"),
                  new Need(IMPERSONATE, Set.of(CORE), "groups"),
                  new Need(IMPERSONATE, Set.of(CORE), "serviceaccounts"),
                  new Need(IMPERSONATE, Set.of(AUTHN), "uids"),
                  new Need(IMPERSONATE, Set.of(AUTHN), "userextras/scopes"))),
          needs(
              "LSH-RBAC-008",
              HIGH,
              "Can read all Secrets",
              "get, list or watch on Secrets in every namespace exposes every credential in the"
                  + " cluster, service-account tokens included.",
              "Grant Secret access per namespace and, where possible, per name (resourceNames).",
              controls("5.1.2"),
              List.of(
                  "rbac-police:list_secrets",
                  "rbac-police:retrieve_token_secrets",
                  "kubiscan:risky-get-secrets",
                  "kubiscan:risky-list-secrets",
                  "kubiscan:risky-any-verb-secrets"),
              Where.CLUSTER,
              all(new Need(READ, Set.of(CORE), "secrets").anyObject())),
          needs(
              "LSH-RBAC-009",
              MEDIUM,
              "Can read the Secrets of a namespace",
              "get, list or watch on Secrets exposes the namespace's credentials, including"
                  + " tokens of its service accounts.",
              "Restrict to the Secrets needed (resourceNames) or use a secret store.",
              controls("5.1.2"),
              List.of(
                  "rbac-police:obtain_token_weak_ns",
                  "kubiscan:risky-get-secrets",
                  "kubiscan:risky-list-secrets"),
              Where.NAMESPACE_ONLY,
              all(new Need(READ, Set.of(CORE), "secrets").anyObject())),
          needs(
              "LSH-RBAC-010",
              HIGH,
              "Can exec into pods (pods/exec)",
              "Executing commands in a pod gives its service-account token, its mounted Secrets"
                  + " and its network position.",
              "Grant pods/exec only to break-glass roles, per namespace.",
              controls("5.1.8"),
              List.of(
                  "rbac-police:pods_exec", "rbac-police:rce_weak_ns", "kubiscan:risky-exec-pods"),
              Where.ANY,
              all(new Need(Set.of("create", "get"), Set.of(CORE), "pods/exec"))),
          needs(
              "LSH-RBAC-011",
              HIGH,
              "Can attach to pods (pods/attach)",
              "Attaching to a running container gives its input and output, often a shell.",
              "Remove pods/attach from roles that do not need interactive access.",
              controls("5.1.8"),
              List.of("kubiscan:risky-attach-pods"),
              Where.ANY,
              all(new Need(Set.of("create", "get"), Set.of(CORE), "pods/attach"))),
          needs(
              "LSH-RBAC-012",
              MEDIUM,
              "Can port-forward to pods (pods/portforward)",
              "Port-forwarding reaches a pod's ports from outside, around NetworkPolicies and"
                  + " Services.",
              "Remove pods/portforward, or limit it to development namespaces.",
              controls("5.1.8"),
              List.of(),
              Where.ANY,
              all(new Need(Set.of("create", "get"), Set.of(CORE), "pods/portforward"))),
          needs(
              "LSH-RBAC-013",
              HIGH,
              "Can create pods",
              "A pod the subject creates can mount any service account of its namespace (and its"
                  + " token), host paths or the host's namespaces: privilege escalation.",
              "Let controllers create pods; give people and CI deploy rights through reviewed"
                  + " pipelines, with Pod Security admission enforcing restricted.",
              controls("5.1.4"),
              List.of(
                  "rbac-police:assign_sa",
                  "kubiscan:risky-create-pod",
                  "kubiscan:risky-any-verb-pods"),
              Where.ANY,
              all(new Need(Set.of("create"), Set.of(CORE), "pods"))),
          workloads(),
          needs(
              "LSH-RBAC-015",
              HIGH,
              "Can use the kubelet API through nodes/proxy",
              "nodes/proxy reaches the kubelet API of every node: exec into any pod on it,"
                  + " bypassing audit of pods/exec.",
              "Remove nodes/proxy; monitoring should read /metrics through nonResourceURLs.",
              controls("5.1.10"),
              List.of("rbac-police:nodes_proxy", "kubiscan:risky-execute-command-node-proxy"),
              Where.CLUSTER,
              all(new Need(Set.of("get", "create"), Set.of(CORE), "nodes/proxy"))),
          needs(
              "LSH-RBAC-016",
              HIGH,
              "Can create service-account tokens (serviceaccounts/token)",
              "TokenRequest issues a token for any service account of the namespace, so the"
                  + " subject gains the rights of the most powerful one.",
              "Remove create on serviceaccounts/token.",
              controls("5.1.13"),
              List.of("rbac-police:token_request", "rbac-police:obtain_token_weak_ns"),
              Where.ANY,
              all(new Need(Set.of("create"), Set.of(CORE), "serviceaccounts/token"))),
          needs(
              "LSH-RBAC-017",
              CRITICAL,
              "Can approve certificate signing requests",
              "Approving CSRs (certificatesigningrequests/approval and approve on signers) issues"
                  + " client certificates for any identity, system:masters included.",
              "Leave CSR approval to the controller manager.",
              controls("5.1.11"),
              List.of("rbac-police:approve_csrs"),
              Where.CLUSTER,
              all(
                  new Need(MODIFY, Set.of(CERTS), "certificatesigningrequests/approval"),
                  new Need(Set.of("approve"), Set.of(CERTS), "signers"))),
          needs(
              "LSH-RBAC-018",
              HIGH,
              "Can sign certificate signing requests",
              "Signing CSRs (certificatesigningrequests/status and sign on signers) lets the"
                  + " subject issue certificates in the signer's name.",
              "Grant signing only to the signer controller.",
              controls("5.1.11"),
              List.of(),
              Where.CLUSTER,
              all(
                  new Need(MODIFY, Set.of(CERTS), "certificatesigningrequests/status"),
                  new Need(Set.of("sign"), Set.of(CERTS), "signers"))),
          webhooks(),
          special(
              CLUSTER_ADMIN,
              CRITICAL,
              "cluster-admin bound to a non-system identity",
              "The cluster-admin ClusterRole is bound to a user, group or service account that is"
                  + " not a Kubernetes system identity.",
              "Bind a narrower role; keep cluster-admin for break-glass access.",
              controls("5.1.1", "5.1.7"),
              List.of("rbac-police:cluster_admin")),
          special(
              DEFAULT_SA,
              MEDIUM,
              "A default service account is granted rights",
              "Every pod that names no service account runs as 'default' and gets its rights.",
              "Create a dedicated service account per workload and bind the rights to it.",
              controls("5.1.5"),
              List.of()),
          special(
              WORKLOAD_TOKEN,
              HIGH,
              "Workload mounts the token of a powerful service account",
              "The workload's pods get a token (automountServiceAccountToken is not false) of a"
                  + " service account with high-risk rights: whoever runs code in the pod has them.",
              "Set automountServiceAccountToken: false where the API is not used, and split the"
                  + " rights onto a service account only the workload that needs them uses.",
              controls("5.1.6"),
              List.of("rbac-police:assign_sa")),
          needs(
              "LSH-RBAC-023",
              HIGH,
              "Can modify running pods",
              "update or patch on pods changes a pod's image or command: code execution in pods"
                  + " that may run as powerful service accounts.",
              "Remove update and patch on pods; change workloads through their controllers.",
              controls("5.1.4"),
              List.of("rbac-police:modify_pods", "rbac-police:rce_weak_ns"),
              Where.ANY,
              all(new Need(MODIFY, Set.of(CORE), "pods"))),
          needs(
              "LSH-RBAC-024",
              HIGH,
              "Can add ephemeral containers to pods",
              "An ephemeral container with a privileged securityContext runs code in another pod"
                  + " and may break out to its node.",
              "Remove update and patch on pods/ephemeralcontainers.",
              controls("5.1.8"),
              List.of("rbac-police:pods_ephemeral_ctrs"),
              Where.ANY,
              all(new Need(MODIFY, Set.of(CORE), "pods/ephemeralcontainers"))),
          needs(
              "LSH-RBAC-025",
              HIGH,
              "Can create or modify Secrets",
              "Creating a kubernetes.io/service-account-token Secret issues a token for any"
                  + " service account of the namespace; modifying Secrets tampers with credentials.",
              "Grant write access to Secrets only to the controllers that own them.",
              controls("5.1.2"),
              List.of("rbac-police:issue_token_secrets"),
              Where.ANY,
              all(new Need(WRITE, Set.of(CORE), "secrets").anyObject())),
          needs(
              "LSH-RBAC-026",
              MEDIUM,
              "Can modify roles or bindings",
              "Creating or changing Roles and bindings hands the subject's own rights to other"
                  + " identities and, with bind or escalate, more.",
              "Manage RBAC objects through a reviewed pipeline.",
              controls("5.1.8"),
              List.of(
                  "kubiscan:risky-add-rolebinding",
                  "kubiscan:risky-any-verb-roles",
                  "kubiscan:risky-any-verb-rolebindings",
                  "kubiscan:risky-any-verb-clusterroles",
                  "kubiscan:risky-any-verb-clusterrolebindings"),
              Where.ANY,
              any(
                  new Need(WRITE, Set.of(RBAC), "rolebindings"),
                  new Need(WRITE, Set.of(RBAC), "clusterrolebindings"),
                  new Need(WRITE, Set.of(RBAC), "roles"),
                  new Need(WRITE, Set.of(RBAC), "clusterroles"))),
          needs(
                  "LSH-RBAC-027",
                  HIGH,
                  "Can modify ConfigMaps in kube-system",
                  "ConfigMaps in kube-system configure the control plane and, on EKS, aws-auth maps"
                      + " cloud identities to cluster-admin.",
                  "Remove write access to ConfigMaps in kube-system.",
                  controls("5.1.8"),
                  List.of("rbac-police:eks_modify_aws_auth"),
                  Where.ANY,
                  all(new Need(WRITE, Set.of(CORE), "configmaps")))
              .inNamespace("kube-system"),
          needs(
              "LSH-RBAC-028",
              HIGH,
              "Can steal pods onto another node",
              "Deleting or evicting pods while changing nodes (cordon, labels, taints) moves"
                  + " powerful pods onto a node the subject controls.",
              "Keep node changes to node administrators and controllers.",
              controls("5.1.8"),
              List.of("rbac-police:steal_pods"),
              Where.CLUSTER,
              all(
                  new Need(Set.of("delete", "deletecollection"), Set.of(CORE), "pods"),
                  new Need(MODIFY, Set.of(CORE), "nodes"))),
          needs(
              "LSH-RBAC-029",
              LOW,
              "Can modify node status",
              "Changing nodes/status alters labels and capacity that scheduling trusts.",
              "Leave node status to the kubelet.",
              controls(),
              List.of("rbac-police:modify_node_status"),
              Where.CLUSTER,
              all(new Need(MODIFY, Set.of(CORE), "nodes/status"))),
          needs(
              "LSH-RBAC-030",
              LOW,
              "Can modify pod status",
              "Changing pods/status can make a pod's labels match a Service's selector and"
                  + " intercept its traffic.",
              "Leave pod status to the kubelet.",
              controls(),
              List.of("rbac-police:modify_pod_status"),
              Where.ANY,
              all(new Need(MODIFY, Set.of(CORE), "pods/status"))),
          needs(
              "LSH-RBAC-031",
              MEDIUM,
              "Can modify service status (CVE-2020-8554)",
              "Setting status.loadBalancer.ingress.ip on a Service intercepts traffic to that IP"
                  + " cluster-wide (CVE-2020-8554, not fixed upstream).",
              "Leave services/status to the cloud controller.",
              controls(),
              List.of("rbac-police:modify_service_status_cve_2020_8554"),
              Where.ANY,
              all(new Need(MODIFY, Set.of(CORE), "services/status"))),
          special(
              CLOUD_IAM,
              LOW,
              "Service account carries a cloud IAM identity",
              "The service account is annotated with a cloud IAM role (EKS IRSA, GKE Workload"
                  + " Identity, Azure Workload Identity): its token reaches the cloud account.",
              "Check the IAM role's permissions; bind it only to the workload that needs it.",
              controls(),
              List.of("rbac-police:providerIAM")),
          needs(
              "LSH-RBAC-033",
              MEDIUM,
              "Can create PersistentVolumes",
              "A PersistentVolume can point at a hostPath: mounting it gives the node's files.",
              "Let a provisioner create volumes; users claim them with PersistentVolumeClaims.",
              controls("5.1.9"),
              List.of(),
              Where.CLUSTER,
              all(new Need(Set.of("create"), Set.of(CORE), "persistentvolumes"))));

  /** The catalog in id order. */
  public static List<RbacRisk> catalog() {
    return CATALOG;
  }

  public static Optional<RbacRisk> byId(String id) {
    return CATALOG.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static RbacRisk workloads() {
    List<Need> alternatives =
        List.of(
            new Need(WRITE, Set.of(APPS, "extensions"), "deployments"),
            new Need(WRITE, Set.of(APPS, "extensions"), "daemonsets"),
            new Need(WRITE, Set.of(APPS), "statefulsets"),
            new Need(WRITE, Set.of(APPS, "extensions"), "replicasets"),
            new Need(WRITE, Set.of(CORE), "replicationcontrollers"),
            new Need(WRITE, Set.of("batch"), "jobs"),
            new Need(WRITE, Set.of("batch"), "cronjobs"));
    return new RbacRisk(
        "LSH-RBAC-014",
        HIGH,
        "Can create or change workloads",
        "Creating or changing a Deployment, DaemonSet, StatefulSet, ReplicaSet,"
            + " ReplicationController, Job or CronJob schedules pods that can mount any service"
            + " account of the namespace or the host: privilege escalation.",
        "Deploy through a reviewed pipeline; enforce Pod Security admission restricted.",
        controls("5.1.4"),
        List.of(
            "rbac-police:assign_sa",
            "kubiscan:risky-create-deployments",
            "kubiscan:risky-update-deployments",
            "kubiscan:risky-create-daemonsets",
            "kubiscan:risky-update-daemonsets",
            "kubiscan:risky-create-statefulsets",
            "kubiscan:risky-update-statefulsets",
            "kubiscan:risky-create-replicationcontrollers",
            "kubiscan:risky-update-replicationcontrollers",
            "kubiscan:risky-create-replicasets",
            "kubiscan:risky-update-replicasets",
            "kubiscan:risky-create-jobs",
            "kubiscan:risky-update-jobs",
            "kubiscan:risky-any-verb-deployments",
            "kubiscan:risky-any-verb-daemonsets",
            "kubiscan:risky-any-verb-statefulsets",
            "kubiscan:risky-any-verb-replicationcontrollers",
            "kubiscan:risky-any-verb-replicasets",
            "kubiscan:risky-any-verb-cronjobs",
            "kubiscan:risky-any-verb-jobs"),
        new AnyOf(alternatives),
        Where.ANY,
        null);
  }

  private static RbacRisk webhooks() {
    Set<String> verbs = Set.of("create", "update", "patch", "delete");
    return new RbacRisk(
        "LSH-RBAC-019",
        HIGH,
        "Can change admission webhook configurations",
        "A MutatingWebhookConfiguration sees and may change every object admitted; a changed or"
            + " deleted ValidatingWebhookConfiguration switches off policy enforcement.",
        "Leave webhook configurations to the operators that own them.",
        controls("5.1.12"),
        List.of("rbac-police:control_webhooks"),
        new AnyOf(
            List.of(
                new Need(verbs, Set.of(ADMISSION), "mutatingwebhookconfigurations"),
                new Need(verbs, Set.of(ADMISSION), "validatingwebhookconfigurations"))),
        Where.CLUSTER,
        null);
  }

  private static RbacRisk risk(
      String id,
      Severity severity,
      String title,
      String description,
      String remediation,
      Controls controls,
      List<String> peers,
      RbacRisk.Test test,
      Where where) {
    return new RbacRisk(
        id, severity, title, description, remediation, controls, peers, test, where, null);
  }

  private static RbacRisk needs(
      String id,
      Severity severity,
      String title,
      String description,
      String remediation,
      Controls controls,
      List<String> peers,
      Where where,
      RbacRisk.Test test) {
    return new RbacRisk(
        id, severity, title, description, remediation, controls, peers, test, where, null);
  }

  private static AllOf all(Need... needs) {
    return new AllOf(List.of(needs));
  }

  private static AnyOf any(Need... needs) {
    return new AnyOf(List.of(needs));
  }

  private static RbacRisk special(
      String id,
      Severity severity,
      String title,
      String description,
      String remediation,
      Controls controls,
      List<String> peers) {
    return new RbacRisk(
        id,
        severity,
        title,
        description,
        remediation,
        controls,
        peers,
        new Special(id),
        Where.ANY,
        null);
  }

  private static Controls controls(String... cis) {
    return new Controls(
        List.of(),
        List.of(cis),
        List.of("Authentication and authorization"),
        List.of("3.3.1"),
        List.of(),
        List.of());
  }
}
