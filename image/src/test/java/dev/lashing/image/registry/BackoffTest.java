package dev.lashing.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {
  Backoff backoff =
      new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));

  @RepeatedTest(20)
  void exponentialWithJitterStaysWithinBounds() {
    assertThat(backoff.delay(0, null)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(backoff.delay(2, null)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(backoff.delay(10, null)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void retryAfterSecondsAndDatesAreHonouredAndCapped() {
    assertThat(backoff.delay(0, "2")).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delay(0, "3600")).isEqualTo(Duration.ofSeconds(30));
    String soon =
        ZonedDateTime.now(ZoneOffset.UTC)
            .plusSeconds(10)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(backoff.delay(0, soon)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
    assertThat(backoff.delay(0, "soon")).isLessThanOrEqualTo(Duration.ofMillis(100));
  }
}
