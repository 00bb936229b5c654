package dev.lashing.misconfig;

import dev.lashing.misconfig.helm.HelmOptions;
import dev.lashing.model.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What to run: {@code include} (empty = all checks), {@code skip}, the lowest severity to run, and
 * directories of user check files added to the built-in ones; how Helm charts are rendered; the age
 * after which a Secret counts as not rotated, and the clock that says what "now" is.
 */
public record ScanOptions(
    Set<String> include,
    Set<String> skip,
    Severity minSeverity,
    List<Path> checkDirs,
    HelmOptions helm,
    Duration secretMaxAge,
    Clock clock) {
  /** The default rotation period for Secrets (NIST SP 800-57 style; PCI DSS asks for ≤ 90 days). */
  public static final Duration DEFAULT_SECRET_MAX_AGE = Duration.ofDays(90);

  public ScanOptions {
    include = Set.copyOf(include);
    skip = Set.copyOf(skip);
    checkDirs = List.copyOf(checkDirs);
    if (secretMaxAge.isNegative() || secretMaxAge.isZero()) {
      throw new IllegalArgumentException("secret max age must be positive: " + secretMaxAge);
    }
  }

  /**
   * Every built-in check, every severity, charts with their defaults, Secrets rotated in 90 days.
   */
  public static ScanOptions defaults() {
    return new ScanOptions(
        Set.of(),
        Set.of(),
        Severity.UNKNOWN,
        List.of(),
        HelmOptions.defaults(),
        DEFAULT_SECRET_MAX_AGE,
        Clock.systemUTC());
  }

  public ScanOptions withInclude(Set<String> ids) {
    return new ScanOptions(ids, skip, minSeverity, checkDirs, helm, secretMaxAge, clock);
  }

  public ScanOptions withSkip(Set<String> ids) {
    return new ScanOptions(include, ids, minSeverity, checkDirs, helm, secretMaxAge, clock);
  }

  public ScanOptions withMinSeverity(Severity severity) {
    return new ScanOptions(include, skip, severity, checkDirs, helm, secretMaxAge, clock);
  }

  public ScanOptions withCheckDirs(List<Path> dirs) {
    return new ScanOptions(include, skip, minSeverity, dirs, helm, secretMaxAge, clock);
  }

  public ScanOptions withHelm(HelmOptions options) {
    return new ScanOptions(include, skip, minSeverity, checkDirs, options, secretMaxAge, clock);
  }

  public ScanOptions withSecretMaxAge(Duration age) {
    return new ScanOptions(include, skip, minSeverity, checkDirs, helm, age, clock);
  }

  public ScanOptions withClock(Clock now) {
    return new ScanOptions(include, skip, minSeverity, checkDirs, helm, secretMaxAge, now);
  }
}
