package dev.lashing.image.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Retry pacing: exponential backoff with jitter, or the server's {@code Retry-After} (seconds or an
 * HTTP date) capped at {@code retryAfterCap}.
 *
 * @param retries how many times a request is retried after the first attempt
 */
record Backoff(int retries, Duration base, Duration max, Duration retryAfterCap) {

  /** The pause before retry number {@code attempt + 1} (attempt counts from 0). */
  Duration delay(int attempt, @Nullable String retryAfter) {
    Duration told = parseRetryAfter(retryAfter);
    if (told != null) {
      return told.compareTo(retryAfterCap) > 0 ? retryAfterCap : told;
    }
    long baseMs = Math.max(1, base.toMillis());
    long full = Math.min(max.toMillis(), baseMs << Math.min(attempt, 20));
    long half = Math.max(1, full / 2);
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(full - half + 1));
  }

  static @Nullable Duration parseRetryAfter(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 86_400));
    } catch (NumberFormatException e) {
      try {
        Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(Instant.now(), when);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
