package dev.lashing.report.secret;

import dev.lashing.misconfig.secret.SecretFinding;
import dev.lashing.misconfig.secret.SecretRule;
import dev.lashing.misconfig.secret.SecretScanResult;
import dev.lashing.model.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results of one {@code lashing secret} run: one scan per target, the rules that ran, and the
 * severities kept (empty = all). Findings outside the kept severities are left out of every format
 * and of the exit code.
 */
public record SecretReport(
    List<SecretScanResult> scans, List<SecretRule> rules, Set<Severity> severities) {
  public SecretReport {
    scans = List.copyOf(scans);
    rules = List.copyOf(rules);
    severities = Set.copyOf(severities);
  }

  public boolean kept(SecretFinding f) {
    return severities.isEmpty() || severities.contains(f.severity());
  }

  /** The kept findings of one scan, in its order. */
  public List<SecretFinding> findings(SecretScanResult scan) {
    return scan.findings().stream().filter(this::kept).toList();
  }

  /** Every kept finding, target by target. */
  public List<SecretFinding> findings() {
    return scans.stream().flatMap(s -> findings(s).stream()).toList();
  }

  /** Kept findings per severity, most severe first, every severity present. */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> m = new LinkedHashMap<>();
    for (Severity s : List.of(Severity.values()).reversed()) {
      m.put(s, 0);
    }
    findings().forEach(f -> m.merge(f.severity(), 1, Integer::sum));
    return m;
  }

  /** True when a kept finding is at or above {@code threshold}. */
  public boolean anyAtLeast(Severity threshold) {
    return findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
