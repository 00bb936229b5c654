package dev.lashing.report.config;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The human form: findings that count grouped by file, one line each ({@code SEVERITY ID file:line
 * object (container) title}), then a summary with counts by severity. Suppressed findings are only
 * counted here; JSON and SARIF list them.
 */
public final class ConfigTable {
  private ConfigTable() {}

  public static void write(ConfigReport report, Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    List<ConfigFinding> active = report.active();
    Map<String, List<ConfigFinding>> byFile =
        active.stream()
            .collect(
                Collectors.groupingBy(
                    ConfigFinding::file, LinkedHashMap::new, Collectors.toList()));
    int locWidth = active.stream().mapToInt(f -> location(f).length()).max().orElse(0);
    int subjWidth = active.stream().mapToInt(f -> Text.subject(f).length()).max().orElse(0);
    byFile.forEach(
        (file, findings) -> {
          out.println(Text.safe(file));
          for (ConfigFinding f : findings) {
            out.printf(
                "  %-8s  %-12s  %-" + locWidth + "s  %-" + subjWidth + "s  %s%n",
                f.severity(),
                Text.safe(f.checkId()),
                location(f),
                Text.subject(f),
                Text.safe(f.message()));
          }
          out.println();
        });
    out.println(summary(report));
    out.flush();
  }

  static String location(ConfigFinding f) {
    return Text.safe(f.file()) + ":" + f.line();
  }

  /** {@code 3 findings (CRITICAL 0, HIGH 1, …), 1 suppressed, 2 files scanned}. */
  static String summary(ConfigReport report) {
    Map<Severity, Integer> counts = report.counts();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    String bySeverity =
        counts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    int files = report.scan().filesScanned();
    return total
        + (total == 1 ? " finding (" : " findings (")
        + bySeverity
        + "), "
        + report.suppressedCount()
        + " suppressed, "
        + files
        + (files == 1 ? " file scanned" : " files scanned");
  }
}
