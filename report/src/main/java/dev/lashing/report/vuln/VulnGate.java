package dev.lashing.report.vuln;

import dev.lashing.match.Finding;
import dev.lashing.match.ScanResult;
import dev.lashing.model.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The CI gate: {@code --exit-code N} returns N when an active (not suppressed, not filtered out)
 * finding remains; with {@code --fail-on SEVERITY} only findings at or above it count, with {@code
 * --fail-on-kev} KEV-listed findings count (either condition fails when both are given). Exit code
 * 0 (the default) never fails.
 */
public record VulnGate(int exitCode, @Nullable Severity failOn, boolean failOnKev) {

  /** The findings that fail the gate. */
  public List<Finding> failing(ScanResult result) {
    return result.active().stream().filter(this::fails).toList();
  }

  private boolean fails(Finding f) {
    boolean kev = failOnKev && f.kev() != null;
    if (failOn == null) {
      return failOnKev ? kev : true;
    }
    return f.severity().atLeast(failOn) || kev;
  }

  /** The process exit code for {@code result}. */
  public int exitCodeFor(ScanResult result) {
    return exitCode != 0 && !failing(result).isEmpty() ? exitCode : 0;
  }
}
