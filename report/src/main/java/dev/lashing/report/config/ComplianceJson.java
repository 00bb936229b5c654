package dev.lashing.report.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * The compliance view as JSON: the framework, a summary, and per control its status ({@code fail},
 * {@code pass}, {@code not-evaluated}), checks, subjects evaluated and findings (in the same form
 * as {@link ConfigJson}, suppressed ones included and marked).
 */
public final class ComplianceJson {
  private ComplianceJson() {}

  public static void write(Compliance c, ConfigReport report, Writer out) throws IOException {
    ObjectNode root = ConfigJson.JSON.createObjectNode();
    root.put("framework", c.framework().id());
    root.put("title", c.framework().title());
    root.put("filesScanned", report.scan().filesScanned());
    ObjectNode summary = root.putObject("summary");
    summary.put("failed", c.count(Compliance.Status.FAIL));
    summary.put("passed", c.count(Compliance.Status.PASS));
    summary.put("notEvaluated", c.count(Compliance.Status.NOT_EVALUATED));
    ArrayNode controls = root.putArray("controls");
    for (Compliance.Control control : c.controls()) {
      ObjectNode n = controls.addObject();
      n.put("id", control.id());
      n.put("status", ComplianceTable.status(control.status()));
      ArrayNode checks = n.putArray("checks");
      control.checks().forEach(checks::add);
      n.put("evaluated", control.evaluated());
      ArrayNode findings = n.putArray("findings");
      control.findings().forEach(r -> findings.add(ConfigJson.finding(r)));
    }
    out.write(ConfigJson.JSON.writeValueAsString(root));
    out.write('\n');
  }
}
