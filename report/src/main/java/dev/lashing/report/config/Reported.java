package dev.lashing.report.config;

import dev.lashing.misconfig.ConfigFinding;
import org.jspecify.annotations.Nullable;

/** A finding as reported: suppressed ones are kept, with the suppression that silences them. */
public record Reported(ConfigFinding finding, @Nullable Suppression suppression) {
  public boolean suppressed() {
    return suppression != null;
  }
}
