package dev.lashing.misconfig.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What set checks may read besides the objects: the clock that says what "now" is, and the age
 * after which a Secret counts as not rotated.
 */
public record SetContext(Clock clock, Duration secretMaxAge) {

  /** The fixed context the check examples run under: now is 2026-01-01T00:00:00Z, 90 days. */
  public static SetContext forExamples() {
    return new SetContext(
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), Duration.ofDays(90));
  }
}
