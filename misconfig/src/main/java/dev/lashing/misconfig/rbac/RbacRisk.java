package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.check.Controls;
import dev.lashing.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One kind of risky RBAC permission, with a stable id ({@code LSH-RBAC-013}), what it lets an
 * attacker do, how to fix it, the controls it supports and the peer checks it corresponds to
 * (KubiScan risky-role templates, rbac-police policies). {@code test} says what a subject must
 * hold; {@code where} where it must hold it.
 */
public record RbacRisk(
    String id,
    Severity severity,
    String title,
    String description,
    String remediation,
    Controls controls,
    List<String> peers,
    Test test,
    Where where,
    @Nullable String onlyNamespace) {
  public RbacRisk {
    peers = List.copyOf(peers);
  }

  /** Where the permission must be held for the risk to count. */
  /** This risk counted only in {@code namespace} (cluster-wide grants apply there too). */
  public RbacRisk inNamespace(String namespace) {
    return new RbacRisk(
        id, severity, title, description, remediation, controls, peers, test, where, namespace);
  }

  public enum Where {
    /** Cluster-wide, or in some namespace (a finding per namespace). */
    ANY,
    /** Only through a ClusterRoleBinding. */
    CLUSTER,
    /** Only in a namespace, when the subject does not already hold it cluster-wide. */
    NAMESPACE_ONLY
  }

  /** What a subject must hold. */
  public sealed interface Test permits AllOf, AnyOf, RuleShape, Special {}

  /**
   * Every need must be met, each by some granted rule (different rules, roles and bindings may
   * together meet them).
   */
  public record AllOf(List<Need> needs) implements Test {
    public AllOf {
      needs = List.copyOf(needs);
    }
  }

  /** One of the needs must be met (one finding names every one that is). */
  public record AnyOf(List<Need> needs) implements Test {
    public AnyOf {
      needs = List.copyOf(needs);
    }
  }

  /** A single rule with this shape (e.g. a wildcard verb). */
  public record RuleShape(Predicate<RbacRule> shape) implements Test {}

  /** Decided from objects other than the subject's rules (bindings, workloads, annotations). */
  public record Special(String name) implements Test {}

  /**
   * One of {@code verbs} on {@code resource} (with subresource, e.g. {@code pods/exec}) in one of
   * {@code groups}; {@code namedToo} false when a rule limited to named objects does not count
   * (reading three named Secrets is least privilege, not a risk).
   */
  public record Need(Set<String> verbs, Set<String> groups, String resource, boolean namedToo) {
    public Need {
      verbs = Set.copyOf(verbs);
      groups = Set.copyOf(groups);
    }

    /** A need that rules limited to some objects ({@code resourceNames}) also meet. */
    public Need(Set<String> verbs, Set<String> groups, String resource) {
      this(verbs, groups, resource, true);
    }

    /** The same need, met only by rules not limited by {@code resourceNames}. */
    public Need anyObject() {
      return new Need(verbs, groups, resource, false);
    }

    /** True when {@code grant} meets this need where it applies. */
    public boolean metBy(Grant grant) {
      RbacRule r = grant.rule();
      if (!grant.clusterWide()
          && verbs.stream().allMatch(v -> Resources.clusterScoped(resource, v))) {
        return false;
      }
      int slash = resource.indexOf('/');
      String res = slash < 0 ? resource : resource.substring(0, slash);
      String sub = slash < 0 ? null : resource.substring(slash + 1);
      if (!Matching.resource(r, res, sub)) {
        return false;
      }
      if (groups.stream().noneMatch(g -> Matching.group(r, g))) {
        return false;
      }
      if (!namedToo && !r.resourceNames().isEmpty()) {
        return false;
      }
      return verbs.stream()
          .filter(v -> grant.clusterWide() || !Resources.clusterScoped(resource, v))
          .anyMatch(v -> Matching.verb(r, v) && Matching.name(r, null, v));
    }
  }
}
