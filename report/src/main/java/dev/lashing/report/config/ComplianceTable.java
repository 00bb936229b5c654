package dev.lashing.report.config;

import dev.lashing.misconfig.ConfigFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * The compliance view for people: one line per control (status, control, checks, findings that
 * count), the failing findings under a failed control, and a pass/fail summary.
 */
public final class ComplianceTable {
  private ComplianceTable() {}

  public static void write(Compliance c, Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    out.println(c.framework().title());
    out.println();
    int idWidth = c.controls().stream().mapToInt(x -> x.id().length()).max().orElse(7);
    idWidth = Math.max(idWidth, "CONTROL".length());
    String row = "%-13s  %-" + idWidth + "s  %8s  %s%n";
    out.printf(row, "STATUS", "CONTROL", "FINDINGS", "CHECKS");
    for (Compliance.Control control : c.controls()) {
      long active = control.findings().stream().filter(r -> !r.suppressed()).count();
      out.printf(
          row,
          status(control.status()),
          Text.safe(control.id()),
          active,
          String.join(", ", control.checks()));
      for (Reported r : control.findings()) {
        if (!r.suppressed()) {
          ConfigFinding f = r.finding();
          out.printf(
              "    %-8s  %s  %s  %s  %s%n",
              f.severity(),
              f.checkId(),
              ConfigTable.location(f),
              Text.subject(f),
              Text.safe(f.message()));
        }
      }
    }
    out.println();
    out.printf(
        "%d controls: %d failed, %d passed, %d not evaluated%n",
        c.controls().size(),
        c.count(Compliance.Status.FAIL),
        c.count(Compliance.Status.PASS),
        c.count(Compliance.Status.NOT_EVALUATED));
    out.flush();
  }

  static String status(Compliance.Status s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
