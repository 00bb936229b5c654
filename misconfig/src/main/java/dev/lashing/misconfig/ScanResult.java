package dev.lashing.misconfig;

import dev.lashing.misconfig.check.Tally;
import java.util.List;
import java.util.Map;

/**
 * Findings in input then check order; per check id how many subjects it saw and how many failed
 * (every selected check appears, with zero counts if nothing applied); inputs that could not be
 * parsed ({@code file:line: what}); checks that could not be evaluated somewhere; files scanned.
 */
public record ScanResult(
    List<ConfigFinding> findings,
    Map<String, Tally> perCheck,
    List<String> errors,
    List<String> warnings,
    int filesScanned) {
  public ScanResult {
    findings = List.copyOf(findings);
    perCheck = Map.copyOf(perCheck);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }
}
