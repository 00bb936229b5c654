package dev.lashing.report.posture;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.posture.PostureFinding;
import dev.lashing.misconfig.posture.PostureRule;
import dev.lashing.misconfig.posture.Related;
import dev.lashing.report.config.Suppression;
import dev.lashing.report.sarif.SarifLog;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0: one run; the rules that fired; one result per finding at the place to fix it, the
 * bindings and role rules involved as {@code relatedLocations}, namespace/subject/analysis as
 * properties, suppressions kept; an incomplete read is a {@code toolExecutionNotification}.
 */
public final class PostureSarif {
  private PostureSarif() {}

  public static void write(PostureReport report, String toolVersion, Writer out)
      throws IOException {
    out.write(PostureJson.JSON.writeValueAsString(tree(report, toolVersion)));
    out.write('\n');
  }

  static ObjectNode tree(PostureReport report, String toolVersion) {
    SarifLog log = SarifLog.start(PostureJson.JSON, toolVersion);
    ObjectNode root = log.root();
    ObjectNode run = log.run();
    ObjectNode driver = log.driver();
    Set<String> fired = new LinkedHashSet<>();
    report.findings().forEach(e -> fired.add(e.finding().ruleId()));
    List<String> ids = new ArrayList<>();
    ArrayNode rules = driver.putArray("rules");
    for (PostureRule r : report.rules().values()) {
      if (fired.contains(r.id())) {
        ids.add(r.id());
        rules.add(rule(r));
      }
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (String p : report.posture().problems()) {
      ObjectNode n = notifications.addObject();
      n.put("level", "warning");
      n.putObject("message").put("text", "incomplete: " + p);
    }
    ArrayNode results = run.putArray("results");
    for (PostureReport.Entry e : report.findings()) {
      results.add(result(e, ids.indexOf(e.finding().ruleId())));
    }
    return root;
  }

  private static ObjectNode rule(PostureRule r) {
    ObjectNode n = PostureJson.JSON.createObjectNode();
    n.put("id", r.id());
    n.put("name", r.title());
    n.putObject("shortDescription").put("text", r.title());
    n.putObject("fullDescription").put("text", r.description());
    n.putObject("help").put("text", r.remediation());
    n.putObject("defaultConfiguration").put("level", Texts.level(r.severity()));
    ObjectNode p = n.putObject("properties");
    p.put("severity", r.severity().name());
    p.put("security-severity", Texts.securitySeverity(r.severity()));
    p.putArray("tags").add("security").add(r.analysis());
    p.set("controls", PostureJson.JSON.valueToTree(r.controls()));
    return n;
  }

  private static ObjectNode result(PostureReport.Entry e, int ruleIndex) {
    PostureFinding f = e.finding();
    ObjectNode n = PostureJson.JSON.createObjectNode();
    n.put("ruleId", f.ruleId());
    n.put("ruleIndex", ruleIndex);
    n.put("level", Texts.level(f.severity()));
    n.putObject("message").put("text", f.message());
    n.putArray("locations").add(location(f.file(), f.line(), Math.max(1, f.column()), null));
    if (!f.related().isEmpty()) {
      ArrayNode related = n.putArray("relatedLocations");
      int id = 1;
      for (Related r : f.related()) {
        ObjectNode loc = location(r.file(), r.line(), 1, r.what() + " " + r.ref());
        loc.put("id", id++);
        related.add(loc);
      }
    }
    ObjectNode props = n.putObject("properties");
    props.put("analysis", f.analysis());
    if (f.namespace() != null) {
      props.put("namespace", f.namespace());
    }
    if (f.subject() != null) {
      props.put("subject", f.subject());
    }
    if (f.object() != null) {
      props.put("object", f.object().toString());
    }
    Suppression s = e.suppression();
    if (s != null) {
      ObjectNode sn = n.putArray("suppressions").addObject();
      sn.put("kind", s.kind() == Suppression.Kind.INLINE ? "inSource" : "external");
      sn.put("status", "accepted");
      sn.put("justification", s.reason());
      sn.putObject("properties").put("source", s.source());
    }
    return n;
  }

  private static ObjectNode location(
      String file, int line, int column, @org.jspecify.annotations.Nullable String text) {
    ObjectNode loc = PostureJson.JSON.createObjectNode();
    ObjectNode physical = loc.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", Texts.uri(file));
    if (line > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", line);
      region.put("startColumn", column);
    }
    if (text != null) {
      loc.putObject("message").put("text", text);
    }
    return loc;
  }
}
