package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.k8s.PodSpec;
import dev.lashing.misconfig.objects.LabelSelector;
import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlNode;
import dev.lashing.misconfig.yaml.YamlValues;
import dev.lashing.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The risks decided from objects rather than from one subject's rules: cluster-admin bindings,
 * default service accounts with rights, workloads mounting a powerful token, cloud IAM annotations.
 */
final class ObjectRisks {
  static final String CLUSTER_ADMIN_ROLE = "cluster-admin";

  /** Annotations that give a service account a cloud identity (EKS, GKE, Azure). */
  static final List<String> IAM_ANNOTATIONS =
      List.of(
          "eks.amazonaws.com/role-arn",
          "iam.gke.io/gcp-service-account",
          "azure.workload.identity/client-id");

  private final Rbac rbac;
  private final Map<String, RbacRisk> risks;
  private final boolean includeSystem;
  private final UnaryOperator<List<Grant>> counted;

  ObjectRisks(
      Rbac rbac,
      List<RbacRisk> catalog,
      boolean includeSystem,
      UnaryOperator<List<Grant>> counted) {
    this.rbac = rbac;
    this.risks = catalog.stream().collect(Collectors.toMap(RbacRisk::id, r -> r));
    this.includeSystem = includeSystem;
    this.counted = counted;
  }

  void evaluate(
      List<RbacFinding> ruleFindings,
      Map<String, List<RbacFinding>> out,
      Map<String, Integer> evaluated) {
    if (risks.containsKey(RbacRisks.CLUSTER_ADMIN)) {
      clusterAdmin(out.get(RbacRisks.CLUSTER_ADMIN), evaluated);
    }
    if (risks.containsKey(RbacRisks.DEFAULT_SA)) {
      defaultServiceAccounts(out.get(RbacRisks.DEFAULT_SA), evaluated);
    }
    if (risks.containsKey(RbacRisks.WORKLOAD_TOKEN)) {
      List<RbacFinding> powerful = new ArrayList<>(ruleFindings);
      powerful.addAll(out.getOrDefault(RbacRisks.CLUSTER_ADMIN, List.of()));
      workloads(powerful, out.get(RbacRisks.WORKLOAD_TOKEN), evaluated);
    }
    if (risks.containsKey(RbacRisks.CLOUD_IAM)) {
      cloudIam(out.get(RbacRisks.CLOUD_IAM), evaluated);
    }
  }

  private void clusterAdmin(List<RbacFinding> out, Map<String, Integer> evaluated) {
    RbacRisk risk = risks.get(RbacRisks.CLUSTER_ADMIN);
    int n = 0;
    for (Binding b : rbac.bindings()) {
      if (!b.roleKind().equals("ClusterRole") || (!includeSystem && b.bootstrap())) {
        continue;
      }
      n++;
      if (!b.roleName().equals(CLUSTER_ADMIN_ROLE)) {
        continue;
      }
      for (Binding.BoundSubject bs : b.subjects()) {
        Subject s = bs.subject();
        if (s.isSystem() && !includeSystem) {
          continue;
        }
        List<Grant> grants = rbac.direct(s).stream().filter(g -> g.binding().equals(b)).toList();
        String where = b.cluster() ? "cluster-wide" : "in namespace " + b.namespace();
        String message =
            b.ref() + " binds cluster-admin to " + s + " " + where + " (" + b.location() + ")";
        out.add(
            new RbacFinding(
                risk,
                s,
                b.namespace(),
                grants,
                b.object(),
                b.object().file(),
                bs.position(),
                message));
      }
    }
    evaluated.put(risk.id(), n);
  }

  private void defaultServiceAccounts(List<RbacFinding> out, Map<String, Integer> evaluated) {
    RbacRisk risk = risks.get(RbacRisks.DEFAULT_SA);
    int n = 0;
    for (Subject s : rbac.subjects()) {
      if (s.kind() != Subject.Kind.SERVICE_ACCOUNT || !s.name().equals("default")) {
        continue;
      }
      n++;
      List<Grant> grants = counted.apply(rbac.direct(s));
      if (grants.isEmpty()) {
        continue;
      }
      Binding b = grants.getFirst().binding();
      Position at =
          b.subjects().stream()
              .filter(x -> x.subject().equals(s))
              .map(Binding.BoundSubject::position)
              .findFirst()
              .orElse(b.object().position());
      Set<String> bindings = new LinkedHashSet<>();
      grants.forEach(g -> bindings.add(g.binding().ref() + " → " + g.role().ref()));
      String message =
          s
              + " (used by every pod of namespace "
              + s.namespace()
              + " that names no service"
              + " account) is granted rights: "
              + String.join("; ", bindings);
      out.add(
          new RbacFinding(
              risk, s, s.namespace(), grants, b.object(), b.object().file(), at, message));
    }
    evaluated.put(risk.id(), n);
  }

  private void workloads(
      List<RbacFinding> powerful, List<RbacFinding> out, Map<String, Integer> evaluated) {
    RbacRisk risk = risks.get(RbacRisks.WORKLOAD_TOKEN);
    int n = 0;
    for (K8sObject o : rbac.workloads()) {
      Optional<PodSpec> spec = o.podSpec();
      if (spec.isEmpty() || owned(o)) {
        continue;
      }
      n++;
      String ns = o.namespace() == null ? RbacParser.DEFAULT_NAMESPACE : o.namespace();
      String saName = spec.get().spec().text("serviceAccountName");
      String saKey = "serviceAccountName";
      if (saName == null) {
        saName = spec.get().spec().text("serviceAccount");
        saKey = "serviceAccount";
      }
      if (saName == null) {
        saName = "default";
      }
      if (!mountsToken(spec.get(), ns, saName)) {
        continue;
      }
      Subject sa = Subject.serviceAccount(ns, saName);
      Set<Subject> identities = new LinkedHashSet<>(sa.implicitGroups());
      identities.add(sa);
      List<RbacFinding> held =
          powerful.stream()
              .filter(f -> f.subject() != null && identities.contains(f.subject()))
              .filter(f -> f.namespace() == null || f.namespace().equals(ns))
              .filter(f -> f.risk().severity().atLeast(Severity.HIGH))
              .toList();
      if (held.isEmpty()) {
        continue;
      }
      Set<Grant> grants = new LinkedHashSet<>();
      Set<String> what = new LinkedHashSet<>();
      for (RbacFinding f : held) {
        grants.addAll(f.grants());
        what.add(DefaultRbacAnalyzer.lowerFirst(f.risk().title()) + " (" + f.risk().id() + ")");
      }
      Position at =
          YamlValues.positionOf(o.root(), spec.get().path() + "." + saKey).orElse(o.position());
      String message =
          o.ref() + " mounts the token of " + sa + ", which: " + String.join("; ", what);
      out.add(new RbacFinding(risk, sa, ns, List.copyOf(grants), o, o.file(), at, message));
    }
    evaluated.put(risk.id(), n);
  }

  private boolean mountsToken(PodSpec spec, String ns, String saName) {
    YamlNode own = spec.spec().get("automountServiceAccountToken").orElse(null);
    if (own instanceof YamlNode.Scalar s && !s.isNull()) {
      return !s.value().equalsIgnoreCase("false");
    }
    K8sObject sa = rbac.serviceAccounts().get(ns + ":" + saName);
    if (sa != null && sa.root().text("automountServiceAccountToken") != null) {
      return !sa.root().text("automountServiceAccountToken").equalsIgnoreCase("false");
    }
    return true;
  }

  /** Objects a controller made (pods of a ReplicaSet, ReplicaSets of a Deployment). */
  private static boolean owned(K8sObject o) {
    return o.root()
        .mapping("metadata")
        .flatMap(m -> m.sequence("ownerReferences"))
        .map(s -> !s.items().isEmpty())
        .orElse(false);
  }

  private void cloudIam(List<RbacFinding> out, Map<String, Integer> evaluated) {
    RbacRisk risk = risks.get(RbacRisks.CLOUD_IAM);
    for (Map.Entry<String, K8sObject> e : rbac.serviceAccounts().entrySet()) {
      K8sObject o = e.getValue();
      Map<String, String> annotations = LabelSelector.metadataMap(o.root(), "annotations");
      for (String key : IAM_ANNOTATIONS) {
        String value = annotations.get(key);
        if (value != null) {
          String ns = e.getKey().substring(0, e.getKey().indexOf(':'));
          Subject s = Subject.serviceAccount(ns, o.name());
          Position at =
              YamlValues.positionOf(o.root(), "metadata.annotations['" + key + "']")
                  .orElse(o.position());
          out.add(
              new RbacFinding(
                  risk,
                  s,
                  ns,
                  List.of(),
                  o,
                  o.file(),
                  at,
                  s + " is annotated " + key + ": " + value + " (a cloud IAM identity)"));
        }
      }
    }
    evaluated.put(risk.id(), rbac.serviceAccounts().size());
  }
}
