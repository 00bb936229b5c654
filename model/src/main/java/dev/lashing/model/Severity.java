package dev.lashing.model;

import java.util.Locale;

/**
 * How bad a finding is, shared by vulnerabilities and configuration checks. Ordered from least to
 * most severe, so {@code compareTo} and {@link #atLeast} follow severity.
 */
public enum Severity {
  UNKNOWN,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** True when this severity is the same as or worse than {@code minimum}. */
  public boolean atLeast(Severity minimum) {
    return compareTo(minimum) >= 0;
  }

  /**
   * Parses a severity name case-insensitively ({@code "high"}, {@code "HIGH"}).
   *
   * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
   */
  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + text + "' (expected UNKNOWN, LOW, MEDIUM, HIGH or CRITICAL)", e);
    }
  }
}
