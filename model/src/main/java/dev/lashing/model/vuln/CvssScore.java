package dev.lashing.model.vuln;

import dev.lashing.model.Severity;

/**
 * One CVSS assessment.
 *
 * @param version {@code 2.0}, {@code 3.0}, {@code 3.1} or {@code 4.0}
 * @param vector the vector string as published ({@code CVSS:3.1/AV:N/...}; v2 without prefix)
 * @param baseScore the base score computed from the vector (0.0–10.0)
 * @param severity the qualitative rating for that score in that CVSS version
 * @param source who assessed it ({@code nvd@nist.gov}, {@code ghsa}, {@code debian}, ...)
 */
public record CvssScore(
    String version, String vector, double baseScore, Severity severity, String source) {

  public CvssScore {
    if (baseScore < 0.0 || baseScore > 10.0) {
      throw new IllegalArgumentException("CVSS base score out of range: " + baseScore);
    }
  }
}
