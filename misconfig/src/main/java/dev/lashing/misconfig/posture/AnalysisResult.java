package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.InlineIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one analysis found: its rules (the ids it can report, in its catalog order), findings, per
 * rule how many subjects it judged (for pass/fail per control), notes for the user (inputs it could
 * not use, bindings to missing roles) and the {@code # lashing:ignore} comments it saw.
 */
public record AnalysisResult(
    String analysis,
    List<PostureRule> rules,
    List<PostureFinding> findings,
    Map<String, Integer> evaluated,
    List<String> notes,
    List<InlineIgnore> inlineIgnores) {
  public AnalysisResult {
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    evaluated = Collections.unmodifiableMap(new LinkedHashMap<>(evaluated));
    notes = List.copyOf(notes);
    inlineIgnores = List.copyOf(inlineIgnores);
  }
}
