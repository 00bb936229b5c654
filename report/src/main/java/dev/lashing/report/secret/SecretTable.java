package dev.lashing.report.secret;

import dev.lashing.misconfig.secret.SecretFinding;
import dev.lashing.misconfig.secret.SecretScanResult;
import dev.lashing.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The human form: per target, one line per finding ({@code SEVERITY ID path:line:column title
 * redacted}), for image layers a second line naming the layer and its history step; then a summary.
 */
public final class SecretTable {
  private static final int STEP_WIDTH = 100;

  private SecretTable() {}

  public static void write(SecretReport report, Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    for (SecretScanResult scan : report.scans()) {
      List<SecretFinding> findings = report.findings(scan);
      out.println(safe(scan.target()));
      int w = findings.stream().mapToInt(f -> where(f).length()).max().orElse(0);
      for (SecretFinding f : findings) {
        out.printf(
            "  %-8s  %-11s  %-" + w + "s  %s  %s%n",
            f.severity(),
            safe(f.ruleId()),
            where(f),
            safe(f.title()),
            safe(f.redacted()));
        SecretFinding.LayerRef l = f.layer();
        if (l != null) {
          out.printf(
              "  %-8s  %-11s  layer %d %s%s%s%n",
              "",
              "",
              l.index(),
              l.digest().shortHex(),
              l.createdBy() == null ? "" : ": " + step(l.createdBy()),
              f.removedLater() ? "  (removed in a later layer)" : "");
        }
      }
      if (findings.isEmpty()) {
        out.println("  no secrets found");
      }
      out.printf(
          "  %d files scanned; skipped: %d binary, %d over the size cap, %d allowed paths%n%n",
          scan.filesScanned(), scan.skippedBinary(), scan.skippedLarge(), scan.skippedAllowed());
    }
    out.println(summary(report));
    out.flush();
  }

  static String where(SecretFinding f) {
    return safe(f.path()) + ":" + f.line() + ":" + f.column();
  }

  private static String step(String createdBy) {
    String s = safe(createdBy.strip());
    return s.length() <= STEP_WIDTH ? s : s.substring(0, STEP_WIDTH - 1) + "…";
  }

  /** {@code 3 secrets (CRITICAL 1, HIGH 2, …)}. */
  static String summary(SecretReport report) {
    Map<Severity, Integer> counts = report.counts();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return total
        + (total == 1 ? " secret" : " secrets")
        + " ("
        + counts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** Input-derived text never drives the terminal: control characters become '?'. */
  static String safe(String s) {
    return s.replaceAll("[\\p{Cntrl}\\x{2028}\\x{2029}]", "?");
  }
}
