package dev.lashing.report.config;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why a finding does not count: an inline {@code # lashing:ignore} comment or an entry of the
 * ignore file; {@code source} says where ({@code deploy.yaml:11}, {@code .lashingignore.yaml entry
 * 2}).
 */
public record Suppression(
    Kind kind, String reason, @Nullable String owner, @Nullable LocalDate expires, String source) {

  /** Where the suppression is written. */
  public enum Kind {
    INLINE,
    IGNORE_FILE
  }
}
