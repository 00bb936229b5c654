package dev.lashing.misconfig;

import dev.lashing.misconfig.check.Tally;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings in input then check order; per check id how many subjects it saw and how many failed
 * (every selected check appears, with zero counts if nothing applied); the same tallies per file
 * (file → check id → tally: every file that parsed, in scan order, with the checks that saw a
 * subject there); inputs that could not be parsed ({@code file:line: what}); checks that could not
 * be evaluated somewhere; files scanned; and the {@code # lashing:ignore} comments found in the
 * inputs.
 */
public record ScanResult(
    List<ConfigFinding> findings,
    Map<String, Tally> perCheck,
    Map<String, Map<String, Tally>> perFile,
    List<String> errors,
    List<String> warnings,
    int filesScanned,
    List<InlineIgnore> inlineIgnores) {
  public ScanResult {
    findings = List.copyOf(findings);
    perCheck = Map.copyOf(perCheck);
    Map<String, Map<String, Tally>> files = new LinkedHashMap<>();
    perFile.forEach((f, t) -> files.put(f, Collections.unmodifiableMap(new LinkedHashMap<>(t))));
    perFile = Collections.unmodifiableMap(files);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    inlineIgnores = List.copyOf(inlineIgnores);
  }
}
