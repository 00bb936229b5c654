package dev.lashing.misconfig.check;

import dev.lashing.model.Severity;
import java.util.List;

/** One check, loaded from a check file; {@code source} names that file for error messages. */
public record Check(
    String id,
    String title,
    Severity severity,
    Scope scope,
    String description,
    String remediation,
    List<String> references,
    CrossRefs crossRefs,
    Controls controls,
    Logic logic,
    List<Example> examples,
    String source) {
  public Check {
    references = List.copyOf(references);
    examples = List.copyOf(examples);
  }

  public Target target() {
    return scope.target();
  }
}
