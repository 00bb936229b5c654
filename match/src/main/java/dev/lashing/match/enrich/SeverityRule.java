package dev.lashing.match.enrich;

import dev.lashing.model.Severity;
import dev.lashing.model.vuln.CvssScore;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The displayed severity, one documented rule: (1) for OS packages, the distribution's own rating
 * of its build (it knows its backports and build flags); (2) else the chosen CVSS assessment's
 * rating; (3) else the advisory's qualitative rating (GHSA's {@code MODERATE} is medium); (4) else
 * unknown. The chosen CVSS assessment is the newest 3.x one (3.1 before 3.0), then 4.0, then 2.0;
 * among equals NVD's before others, then the higher score.
 */
public final class SeverityRule {
  private SeverityRule() {}

  private static final Comparator<CvssScore> PREFERENCE =
      Comparator.comparingInt((CvssScore c) -> rank(c.version()))
          .thenComparing(c -> c.source().contains("nvd") ? 0 : 1)
          .thenComparing(Comparator.comparingDouble(CvssScore::baseScore).reversed());

  /** The preferred CVSS assessment of those given. */
  public static Optional<CvssScore> preferred(List<CvssScore> scores) {
    return scores.stream().min(PREFERENCE);
  }

  private static int rank(String version) {
    return switch (version) {
      case "3.1" -> 0;
      case "3.0" -> 1;
      case "4.0" -> 2;
      default -> 3;
    };
  }

  /**
   * A rating as feeds write it, mapped: critical; high/important; medium/moderate; low,
   * unimportant, negligible; anything else (Debian's "not yet assigned", "end-of-life") unknown.
   */
  public static Severity parse(@Nullable String rating) {
    if (rating == null) {
      return Severity.UNKNOWN;
    }
    return switch (rating.strip().toLowerCase(Locale.ROOT)) {
      case "critical" -> Severity.CRITICAL;
      case "high", "important" -> Severity.HIGH;
      case "medium", "moderate" -> Severity.MEDIUM;
      case "low", "unimportant", "negligible" -> Severity.LOW;
      default -> Severity.UNKNOWN;
    };
  }
}
