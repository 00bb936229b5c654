package dev.lashing.report.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.Tally;
import dev.lashing.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form. Field names are a stable interface (camelCase); findings in file, line, id order;
 * suppressed findings are listed with {@code suppressed: true} and the suppression, never dropped.
 */
public final class ConfigJson {
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ConfigJson() {}

  public static void write(ConfigReport report, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(tree(report)));
    out.write('\n');
  }

  static ObjectNode tree(ConfigReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("filesScanned", report.scan().filesScanned());
    root.set("summary", summary(report));
    ArrayNode findings = root.putArray("findings");
    report.findings().forEach(r -> findings.add(finding(r)));
    ArrayNode checks = root.putArray("checks");
    for (Check c : report.checks().values()) {
      Tally t = report.tally(c.id());
      ObjectNode n = checks.addObject();
      n.put("id", c.id());
      n.put("severity", c.severity().name());
      n.put("title", c.title());
      n.put("evaluated", t.evaluated());
      n.put("failed", t.failed());
    }
    ArrayNode errors = root.putArray("errors");
    report.scan().errors().forEach(errors::add);
    ArrayNode warnings = root.putArray("warnings");
    report.scan().warnings().forEach(warnings::add);
    report.warnings().forEach(warnings::add);
    return root;
  }

  static ObjectNode summary(ConfigReport report) {
    ObjectNode s = JSON.createObjectNode();
    for (Map.Entry<Severity, Integer> e : report.counts().entrySet()) {
      s.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
    }
    s.put("suppressed", report.suppressedCount());
    return s;
  }

  static ObjectNode finding(Reported r) {
    ConfigFinding f = r.finding();
    ObjectNode n = JSON.createObjectNode();
    n.put("file", f.file());
    n.put("line", f.line());
    n.put("column", f.column());
    n.put("id", f.checkId());
    n.put("severity", f.severity().name());
    n.put("title", f.title());
    n.put("message", f.message());
    if (f.object() == null) {
      n.putNull("object");
    } else {
      ObjectNode o = n.putObject("object");
      o.put("kind", f.object().kind());
      putNullable(o, "namespace", f.object().namespace());
      o.put("name", f.object().name());
    }
    putNullable(n, "container", f.container());
    n.put("suppressed", r.suppressed());
    Suppression s = r.suppression();
    if (s == null) {
      n.putNull("suppression");
    } else {
      ObjectNode sn = n.putObject("suppression");
      sn.put("kind", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      sn.put("reason", s.reason());
      putNullable(sn, "owner", s.owner());
      putNullable(sn, "expires", s.expires() == null ? null : s.expires().toString());
      sn.put("source", s.source());
    }
    return n;
  }

  private static void putNullable(ObjectNode n, String field, @Nullable String value) {
    if (value == null) {
      n.putNull(field);
    } else {
      n.put(field, value);
    }
  }
}
