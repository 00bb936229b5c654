package dev.lashing.report.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.check.Check;
import dev.lashing.model.Severity;
import dev.lashing.report.sarif.SarifLog;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0: one run; {@code tool.driver.rules} are the checks that fired (catalog order) with
 * their descriptions, help URI, severity, cross-references and controls; one result per finding
 * with a relative artifact URI and a start line/column. Suppressed findings carry {@code
 * suppressions} ({@code inSource} for comments, {@code external} for the ignore file).
 */
public final class ConfigSarif {
  private ConfigSarif() {}

  public static void write(ConfigReport report, String toolVersion, Writer out) throws IOException {
    out.write(ConfigJson.JSON.writeValueAsString(tree(report, toolVersion)));
    out.write('\n');
  }

  static ObjectNode tree(ConfigReport report, String toolVersion) {
    SarifLog log = SarifLog.start(ConfigJson.JSON, toolVersion);
    ObjectNode root = log.root();
    ObjectNode run = log.run();
    ObjectNode driver = log.driver();
    Set<String> fired = new LinkedHashSet<>();
    report.findings().forEach(r -> fired.add(r.finding().checkId()));
    List<String> ruleIds = new ArrayList<>();
    ArrayNode rules = driver.putArray("rules");
    for (Check c : report.checks().values()) {
      if (fired.contains(c.id())) {
        ruleIds.add(c.id());
        rules.add(rule(c));
      }
    }
    ArrayNode results = run.putArray("results");
    for (Reported r : report.findings()) {
      results.add(result(r, ruleIds.indexOf(r.finding().checkId())));
    }
    return root;
  }

  private static ObjectNode rule(Check c) {
    ObjectNode n = ConfigJson.JSON.createObjectNode();
    n.put("id", c.id());
    n.put("name", c.title());
    n.putObject("shortDescription").put("text", c.title());
    n.putObject("fullDescription").put("text", c.description());
    n.putObject("help").put("text", c.remediation());
    if (!c.references().isEmpty()) {
      n.put("helpUri", c.references().getFirst());
    }
    n.putObject("defaultConfiguration").put("level", Text.level(c.severity()));
    ObjectNode p = n.putObject("properties");
    p.put("severity", c.severity().name());
    p.put("security-severity", securitySeverity(c.severity()));
    p.putArray("tags").add("security").add("misconfiguration");
    p.set("crossRefs", ConfigJson.JSON.valueToTree(c.crossRefs()));
    p.set("controls", ConfigJson.JSON.valueToTree(c.controls()));
    return n;
  }

  private static ObjectNode result(Reported r, int ruleIndex) {
    ConfigFinding f = r.finding();
    ObjectNode n = ConfigJson.JSON.createObjectNode();
    n.put("ruleId", f.checkId());
    n.put("ruleIndex", ruleIndex);
    n.put("level", Text.level(f.severity()));
    String where = Text.subject(f);
    n.putObject("message")
        .put("text", where.equals("-") ? f.message() : f.message() + ": " + where);
    ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", Text.uri(f.file()));
    if (f.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", f.line());
      region.put("startColumn", Math.max(1, f.column()));
    }
    Suppression s = r.suppression();
    if (s != null) {
      ObjectNode sn = n.putArray("suppressions").addObject();
      sn.put("kind", s.kind() == Suppression.Kind.INLINE ? "inSource" : "external");
      sn.put("status", "accepted");
      sn.put("justification", s.reason());
      ObjectNode props = sn.putObject("properties");
      props.put("source", s.source());
      if (s.owner() != null) {
        props.put("owner", s.owner());
      }
      if (s.expires() != null) {
        props.put("expires", s.expires().toString());
      }
    }
    return n;
  }

  /** The numeric scale GitHub code scanning reads from {@code security-severity}. */
  private static String securitySeverity(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "2.0";
      case UNKNOWN -> "0.0";
    };
  }
}
