package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.ObjectRef;
import dev.lashing.misconfig.objects.ObjectSet;
import dev.lashing.misconfig.rbac.Grant;
import dev.lashing.misconfig.rbac.Rbac;
import dev.lashing.misconfig.rbac.RbacAnalyzer;
import dev.lashing.misconfig.rbac.RbacFinding;
import dev.lashing.misconfig.rbac.RbacRisk;
import dev.lashing.misconfig.rbac.RbacRisks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** RBAC risks ({@code LSH-RBAC-*}) over the set. */
final class RbacAnalysis implements Analysis {
  static final String ID = "rbac";
  private final boolean includeSystem;

  private RbacAnalysis(boolean includeSystem) {
    this.includeSystem = includeSystem;
  }

  static Analysis of(boolean includeSystem) {
    return new RbacAnalysis(includeSystem);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public AnalysisResult analyze(ObjectSet set) {
    Rbac rbac = Rbac.of(set);
    RbacAnalyzer.RbacResult r = RbacAnalyzer.create(includeSystem).analyze(rbac);
    List<PostureRule> rules =
        RbacRisks.catalog().stream()
            .map(
                k ->
                    new PostureRule(
                        k.id(),
                        k.title(),
                        k.severity(),
                        k.description(),
                        k.remediation(),
                        k.controls(),
                        ID))
            .toList();
    List<PostureFinding> findings = r.findings().stream().map(RbacAnalysis::finding).toList();
    return new AnalysisResult(ID, rules, findings, r.evaluated(), r.notes(), List.of());
  }

  static PostureFinding finding(RbacFinding f) {
    RbacRisk risk = f.risk();
    ObjectRef object =
        f.object() != null
            ? new ObjectRef(f.object().kind(), f.object().namespace(), f.object().name())
            : f.grants().isEmpty()
                ? null
                : new ObjectRef(
                    f.grants().getFirst().role().kind(),
                    f.grants().getFirst().role().namespace(),
                    f.grants().getFirst().role().name());
    return new PostureFinding(
        risk.id(),
        risk.severity(),
        risk.title(),
        f.message(),
        f.namespace(),
        object,
        f.subject() == null ? null : f.subject().toString(),
        f.file(),
        f.position().line(),
        f.position().column(),
        related(f.grants()),
        ID);
  }

  private static List<Related> related(List<Grant> grants) {
    Set<Related> out = new LinkedHashSet<>();
    for (Grant g : grants) {
      out.add(
          new Related(
              "binding",
              g.binding().ref(),
              g.binding().object().file(),
              g.binding().object().position().line()));
      out.add(
          new Related(
              "rule",
              g.rule().owner() + " '" + g.rule().describe() + "'",
              g.rule().file(),
              g.rule().position().line()));
    }
    return new ArrayList<>(out);
  }
}
