package dev.lashing.report.posture;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.posture.PostureFinding;
import dev.lashing.report.config.Compliance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/** The compliance view as a table, JSON or Markdown. */
public final class PostureComplianceWriter {
  private PostureComplianceWriter() {}

  public static void table(PostureCompliance c, PostureReport report, Writer sink)
      throws IOException {
    PrintWriter out = new PrintWriter(sink);
    PostureTable.header(report, out);
    out.println(c.framework().title());
    out.println();
    int w = Math.max(7, c.controls().stream().mapToInt(x -> x.id().length()).max().orElse(7));
    String row = "%-13s  %-" + w + "s  %8s  %s%n";
    out.printf(row, "STATUS", "CONTROL", "FINDINGS", "RULES");
    for (PostureCompliance.Control control : c.controls()) {
      long active = control.findings().stream().filter(e -> !e.suppressed()).count();
      out.printf(
          row,
          status(control.status()),
          Texts.safe(control.id()),
          active,
          String.join(", ", control.rules()));
      for (PostureReport.Entry e : control.findings()) {
        if (!e.suppressed()) {
          PostureFinding f = e.finding();
          out.printf(
              "    %-8s  %s  %s  %s%n",
              f.severity(), f.ruleId(), Texts.location(f), Texts.safe(f.message()));
        }
      }
    }
    out.println();
    out.printf(
        "%d controls: %d failed, %d passed, %d not evaluated%s%n",
        c.controls().size(),
        c.count(Compliance.Status.FAIL),
        c.count(Compliance.Status.PASS),
        c.count(Compliance.Status.NOT_EVALUATED),
        report.posture().complete() ? "" : " (report INCOMPLETE)");
    out.flush();
  }

  public static void json(PostureCompliance c, PostureReport report, Writer out)
      throws IOException {
    ObjectNode root = PostureJson.JSON.createObjectNode();
    root.put("framework", c.framework().id());
    root.put("title", c.framework().title());
    root.put("origin", report.posture().origin());
    root.put("complete", report.posture().complete());
    ArrayNode problems = root.putArray("problems");
    report.posture().problems().forEach(problems::add);
    ObjectNode summary = root.putObject("summary");
    summary.put("failed", c.count(Compliance.Status.FAIL));
    summary.put("passed", c.count(Compliance.Status.PASS));
    summary.put("notEvaluated", c.count(Compliance.Status.NOT_EVALUATED));
    ArrayNode controls = root.putArray("controls");
    for (PostureCompliance.Control control : c.controls()) {
      ObjectNode n = controls.addObject();
      n.put("id", control.id());
      n.put("status", status(control.status()));
      ArrayNode rules = n.putArray("rules");
      control.rules().forEach(rules::add);
      n.put("evaluated", control.evaluated());
      ArrayNode findings = n.putArray("findings");
      control.findings().forEach(e -> findings.add(PostureJson.finding(e)));
    }
    out.write(PostureJson.JSON.writeValueAsString(root));
    out.write('\n');
  }

  public static void markdown(PostureCompliance c, PostureReport report, Writer sink)
      throws IOException {
    PrintWriter out = new PrintWriter(sink);
    out.println("# " + c.framework().title() + ": " + Texts.cell(report.posture().origin()));
    out.println();
    if (!report.posture().complete()) {
      out.println(
          "> **Incomplete:** "
              + report.posture().problems().size()
              + " input(s) could not be read.");
      out.println();
    }
    out.println("| Status | Control | Findings | Rules |");
    out.println("|---|---|---:|---|");
    for (PostureCompliance.Control control : c.controls()) {
      long active = control.findings().stream().filter(e -> !e.suppressed()).count();
      out.println(
          "| "
              + status(control.status())
              + " | "
              + Texts.cell(control.id())
              + " | "
              + active
              + " | "
              + String.join(", ", control.rules())
              + " |");
    }
    out.flush();
  }

  static String status(Compliance.Status s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
