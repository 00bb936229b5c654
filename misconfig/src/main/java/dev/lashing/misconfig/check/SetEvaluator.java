package dev.lashing.misconfig.check;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.k8s.K8sObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code scope: set} checks of a check list over all Kubernetes objects of one scan. Feed
 * it every file's objects with {@link #accept}, then {@link #finish} once.
 */
public final class SetEvaluator {
  private record Running(Check check, SetCheck.Collector collector) {}

  private final List<Running> running;
  private final List<String> warnings = new ArrayList<>();

  private SetEvaluator(List<Running> running) {
    this.running = running;
  }

  /**
   * @throws MisconfigException naming the check file when a set check is not a {@code class:} from
   *     {@link SetChecks}
   */
  public static SetEvaluator start(List<Check> checks, SetContext context)
      throws MisconfigException {
    Map<String, SetCheck> registry = SetChecks.registry();
    List<Running> running = new ArrayList<>();
    for (Check c : checks) {
      if (c.scope() != Scope.SET) {
        continue;
      }
      SetCheck logic = c.logic() instanceof Logic.Java java ? registry.get(java.name()) : null;
      if (logic == null) {
        throw MisconfigException.at(
            c.source(), 0, "a set check names its logic with 'class:' from " + registry.keySet());
      }
      running.add(new Running(c, logic.start(context)));
    }
    return new SetEvaluator(running);
  }

  public void accept(List<K8sObject> objects) {
    for (Running r : running) {
      for (K8sObject o : objects) {
        try {
          r.collector().accept(o);
        } catch (RuntimeException e) {
          warnings.add(
              o.file()
                  + ":"
                  + o.position().line()
                  + ": check "
                  + r.check().id()
                  + " could not be evaluated: "
                  + e.getMessage());
        }
      }
    }
  }

  /** The findings in check order (then input order), a tally per set check, and warnings. */
  public Evaluation finish() {
    List<ConfigFinding> findings = new ArrayList<>();
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Running r : running) {
      Check c = r.check();
      SetCheck.Outcome outcome = r.collector().finish();
      for (SetHit h : outcome.hits()) {
        String message =
            h.detail() != null
                ? h.detail()
                : c.logic().message() != null ? c.logic().message() : c.title();
        findings.add(
            new ConfigFinding(
                c.id(),
                c.severity(),
                c.title(),
                message,
                h.file(),
                h.position().line(),
                h.position().column(),
                h.object(),
                h.container()));
      }
      tallies.put(
          c.id(),
          new Tally(Math.max(outcome.subjects(), outcome.hits().size()), outcome.hits().size()));
    }
    return new Evaluation(findings, tallies, warnings);
  }
}
