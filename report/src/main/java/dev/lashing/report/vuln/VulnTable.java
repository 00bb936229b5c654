package dev.lashing.report.vuln;

import dev.lashing.match.Finding;
import dev.lashing.match.ScanResult;
import dev.lashing.match.ignore.IgnoreRule;
import dev.lashing.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table for people: one block per target (the OS, then each language file), findings most
 * severe first; lines fit in 100 columns. Suppressed findings and expired ignore entries follow,
 * one line each.
 */
public final class VulnTable {
  private static final int WIDTH = 100;
  private static final int[] WIDTHS = {22, 19, 8, 17, 15, 14};
  private static final String[] HEADERS = {
    "PACKAGE", "VULNERABILITY", "SEVERITY", "STATUS", "INSTALLED", "FIXED"
  };

  private VulnTable() {}

  public static void write(ScanResult result, Writer out) throws IOException {
    List<Finding> active = result.active();
    if (active.isEmpty()) {
      out.write(
          result.sbom().subject().name()
              + ": no vulnerabilities found ("
              + result.sbom().packages().size()
              + " packages)\n");
    }
    for (Map.Entry<String, List<Finding>> e :
        Targets.group(result.sbom().subject(), active).entrySet()) {
      out.write("\n" + fit(e.getKey()) + "\n");
      out.write("Total: " + e.getValue().size() + " " + counts(e.getValue()) + "\n\n");
      out.write(row(HEADERS) + "\n");
      for (Finding f : e.getValue()) {
        String id = f.id() + (f.kev() != null ? " KEV" : "");
        out.write(
            row(
                    f.pkg().name(),
                    id,
                    f.severity().name(),
                    f.fixState().label(),
                    f.installedVersion(),
                    String.join(", ", f.fixedVersions()))
                + "\n");
      }
    }
    List<Finding> suppressed = result.suppressed();
    if (!suppressed.isEmpty()) {
      out.write("\nSuppressed: " + suppressed.size() + "\n");
      for (Finding f : suppressed) {
        var s = f.suppression();
        out.write(
            fit(
                    "  "
                        + f.id()
                        + " in "
                        + f.pkg().name()
                        + " "
                        + f.installedVersion()
                        + ": "
                        + (s == null ? "" : s.reason() + " (" + s.rule() + ")"))
                + "\n");
      }
    }
    if (!result.expired().isEmpty()) {
      out.write("\nExpired ignore entries (no longer suppress): " + result.expired().size() + "\n");
      for (IgnoreRule r : result.expired()) {
        out.write(fit("  " + r.id() + " expired " + r.expires() + " (" + r.source() + ")") + "\n");
      }
    }
    out.write("\n" + fit("Vulnerability data: " + result.database()) + "\n");
  }

  static String counts(List<Finding> findings) {
    Map<Severity, Integer> n = new EnumMap<>(Severity.class);
    findings.forEach(f -> n.merge(f.severity(), 1, Integer::sum));
    StringBuilder s = new StringBuilder("(");
    Severity[] order = {
      Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.UNKNOWN
    };
    for (Severity sev : order) {
      if (s.length() > 1) {
        s.append(", ");
      }
      s.append(sev.name()).append(": ").append(n.getOrDefault(sev, 0));
    }
    return s.append(')').toString();
  }

  /** One line of at most {@link #WIDTH} columns, control characters replaced. */
  static String fit(String line) {
    String clean = line.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= WIDTH ? clean : clean.substring(0, WIDTH - 1) + "…";
  }

  private static String row(String... cells) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i].replaceAll("\\p{Cntrl}", "?");
      boolean last = i == cells.length - 1;
      int w = WIDTHS[i];
      if (c.length() > w) {
        c = c.substring(0, w - 1) + "…";
      }
      s.append(last ? c : String.format("%-" + w + "s ", c));
    }
    return s.toString().stripTrailing();
  }
}
