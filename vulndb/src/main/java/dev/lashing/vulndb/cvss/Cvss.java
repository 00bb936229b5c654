package dev.lashing.vulndb.cvss;

import dev.lashing.model.Severity;
import dev.lashing.model.vuln.CvssScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.metaeffekt.core.security.cvss.CvssVector;
import org.metaeffekt.core.security.cvss.v2.Cvss2;
import org.metaeffekt.core.security.cvss.v3.Cvss3P0;
import org.metaeffekt.core.security.cvss.v3.Cvss3P1;
import org.metaeffekt.core.security.cvss.v4P0.Cvss4P0;

/** Scores CVSS vectors as published in feeds. */
public final class Cvss {

  private static final Pattern SYNTAX =
      Pattern.compile(
          "(CVSS:(2\\.0|3\\.[01]|4\\.0)/)?[A-Za-z]{1,3}:[A-Za-z]{1,6}(/[A-Za-z]{1,3}:[A-Za-z]{1,6})*");

  static {
    // networknt and ae-security log through SLF4J; Lashing binds no provider, and SLF4J would
    // print three lines about that on standard error. Choose its silent provider explicitly.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
  }

  private Cvss() {}

  /**
   * Scores one vector: {@code CVSS:4.0/…}, {@code CVSS:3.1/…}, {@code CVSS:3.0/…}, or a v2 vector
   * (bare {@code AV:N/AC:L/Au:N/…}, optionally in parentheses or with {@code CVSS:2.0/}).
   *
   * @param source who assessed it, copied into the result
   * @throws IllegalArgumentException naming the vector when it is malformed or lacks base metrics
   */
  public static CvssScore score(String vector, String source) {
    String v = vector.strip();
    if (v.startsWith("(") && v.endsWith(")")) {
      v = v.substring(1, v.length() - 1);
    }
    if (!SYNTAX.matcher(v).matches()) {
      throw new IllegalArgumentException("malformed CVSS vector '" + vector + "'");
    }
    String version;
    CvssVector parsed;
    if (v.startsWith("CVSS:4.0/")) {
      version = "4.0";
      parsed = new Cvss4P0(v);
    } else if (v.startsWith("CVSS:3.1/")) {
      version = "3.1";
      parsed = new Cvss3P1(v);
    } else if (v.startsWith("CVSS:3.0/")) {
      version = "3.0";
      parsed = new Cvss3P0(v);
    } else {
      version = "2.0";
      parsed = new Cvss2(v.startsWith("CVSS:2.0/") ? v.substring("CVSS:2.0/".length()) : v);
    }
    double score = parsed.getBaseScore();
    if (!parsed.isBaseFullyDefined() || !Double.isFinite(score) || score < 0 || score > 10) {
      throw new IllegalArgumentException(
          "CVSS " + version + " vector '" + vector + "' lacks base metrics");
    }
    double rounded = BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).doubleValue();
    return new CvssScore(version, vector.strip(), rounded, rating(version, rounded), source);
  }

  /**
   * The qualitative rating of a base score: v2 Low/Medium/High as NVD rates it (0–3.9, 4–6.9,
   * 7–10); v3 and v4 None/Low/Medium/High/Critical (None, 0.0, maps to {@link Severity#UNKNOWN},
   * the lowest rating the model has).
   */
  public static Severity rating(String version, double score) {
    if (version.startsWith("2")) {
      return score >= 7.0 ? Severity.HIGH : score >= 4.0 ? Severity.MEDIUM : Severity.LOW;
    }
    if (score == 0.0) {
      return Severity.UNKNOWN;
    }
    return score >= 9.0
        ? Severity.CRITICAL
        : score >= 7.0 ? Severity.HIGH : score >= 4.0 ? Severity.MEDIUM : Severity.LOW;
  }
}
