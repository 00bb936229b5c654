package dev.lashing.misconfig.rbac;

import java.util.List;

/**
 * Evaluates the risk catalog over an {@link Rbac} model. Each subject is judged on the grants that
 * name it (a group's grants give the group its own findings, so they are not repeated for every
 * member). Kubernetes' own identities ({@code system:} users and groups other than the broad ones)
 * and the bootstrap bindings Kubernetes creates ({@code kubernetes.io/bootstrapping:
 * rbac-defaults}) are left out unless {@code includeSystem} is set.
 */
public interface RbacAnalyzer {

  RbacResult analyze(Rbac rbac);

  static RbacAnalyzer create(boolean includeSystem) {
    return new DefaultRbacAnalyzer(RbacRisks.catalog(), includeSystem);
  }

  static RbacAnalyzer create() {
    return create(false);
  }

  /**
   * Findings in catalog order then subject order, notes from the model, and per risk id how many
   * subjects (bindings, workloads, service accounts) were judged.
   */
  record RbacResult(
      List<RbacFinding> findings, List<String> notes, java.util.Map<String, Integer> evaluated) {
    public RbacResult {
      findings = List.copyOf(findings);
      notes = List.copyOf(notes);
      evaluated = java.util.Map.copyOf(evaluated);
    }
  }
}
