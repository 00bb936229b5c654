package dev.lashing.match;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why a finding does not count. It stays in the result (and the JSON output) with this attached.
 *
 * @param kind an ignore-file entry or a VEX statement
 * @param rule where the rule is written ({@code .lashingignore.yaml entry 2}, {@code vex.json
 *     statement 1})
 * @param reason the entry's reason, or the VEX status and justification
 * @param owner who owns the decision (ignore file), else null
 * @param expires the last day the entry holds (ignore file), else null
 * @param vexStatus the VEX status ({@code not_affected}, {@code fixed}), for VEX
 * @param justification the VEX justification ({@code vulnerable_code_not_in_execute_path}), if
 *     given
 */
public record Suppression(
    Kind kind,
    String rule,
    String reason,
    @Nullable String owner,
    @Nullable LocalDate expires,
    @Nullable String vexStatus,
    @Nullable String justification) {

  /** Where the suppression comes from. */
  public enum Kind {
    IGNORE_FILE,
    VEX
  }
}
