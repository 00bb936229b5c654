package dev.lashing.misconfig.check;

import dev.lashing.misconfig.ConfigFinding;
import java.util.List;
import java.util.Map;

/**
 * The outcome of running checks over one input: findings in check order, a tally per check id, and
 * warnings (a check that could not be evaluated on some subject).
 */
public record Evaluation(
    List<ConfigFinding> findings, Map<String, Tally> tallies, List<String> warnings) {
  public Evaluation {
    findings = List.copyOf(findings);
    tallies = Map.copyOf(tallies);
    warnings = List.copyOf(warnings);
  }
}
