package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.objects.ObjectSet;
import java.util.List;

/**
 * The posture of one object set: what was read ({@code origin}), whether all of it could be read
 * ({@code problems} says what could not: such a report is incomplete), how many objects, and the
 * result of each analysis in the order they ran.
 */
public record Posture(
    String origin, int objects, List<String> problems, List<AnalysisResult> results) {
  public Posture {
    problems = List.copyOf(problems);
    results = List.copyOf(results);
  }

  public boolean complete() {
    return problems.isEmpty();
  }

  /** Runs {@code analyses} in order over {@code set}. */
  public static Posture of(ObjectSet set, List<Analysis> analyses) {
    List<AnalysisResult> results = analyses.stream().map(a -> a.analyze(set)).toList();
    return new Posture(set.origin(), set.objects().size(), set.problems(), results);
  }
}
