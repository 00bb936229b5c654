package dev.lashing.report.posture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.posture.AnalysisResult;
import dev.lashing.misconfig.posture.PostureFinding;
import dev.lashing.misconfig.posture.PostureRule;
import dev.lashing.misconfig.posture.Related;
import dev.lashing.model.Severity;
import dev.lashing.report.config.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form (camelCase, stable): origin, {@code complete} and the {@code problems} that made it
 * incomplete, a summary, per analysis its notes, the findings grouped by namespace ({@code null} =
 * cluster-wide) most severe first, suppressed ones marked, and the rules reported on.
 */
public final class PostureJson {
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PostureJson() {}

  public static void write(PostureReport report, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(tree(report)));
    out.write('\n');
  }

  static ObjectNode tree(PostureReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("origin", report.posture().origin());
    root.put("objects", report.posture().objects());
    root.put("complete", report.posture().complete());
    ArrayNode problems = root.putArray("problems");
    report.posture().problems().forEach(problems::add);
    ObjectNode summary = root.putObject("summary");
    summary.put("findings", report.active().size());
    summary.put("suppressed", report.suppressedCount());
    ObjectNode bySeverity = summary.putObject("bySeverity");
    report.counts().forEach((s, n) -> bySeverity.put(s.name(), n));
    ArrayNode analyses = root.putArray("analyses");
    for (AnalysisResult r : report.posture().results()) {
      ObjectNode a = analyses.addObject();
      a.put("id", r.analysis());
      a.put("findings", r.findings().size());
      ArrayNode notes = a.putArray("notes");
      r.notes().forEach(notes::add);
    }
    ArrayNode namespaces = root.putArray("namespaces");
    for (Map.Entry<String, List<PostureReport.Entry>> ns : report.byNamespace().entrySet()) {
      ObjectNode n = namespaces.addObject();
      if (ns.getKey().equals(PostureReport.CLUSTER_WIDE)) {
        n.putNull("namespace");
      } else {
        n.put("namespace", ns.getKey());
      }
      ArrayNode findings = n.putArray("findings");
      ns.getValue().forEach(e -> findings.add(finding(e)));
    }
    ArrayNode rules = root.putArray("rules");
    for (PostureRule r : report.rules().values()) {
      ObjectNode n = rules.addObject();
      n.put("id", r.id());
      n.put("analysis", r.analysis());
      n.put("severity", r.severity().name());
      n.put("title", r.title());
    }
    return root;
  }

  static ObjectNode finding(PostureReport.Entry e) {
    PostureFinding f = e.finding();
    ObjectNode n = JSON.createObjectNode();
    n.put("id", f.ruleId());
    n.put("analysis", f.analysis());
    n.put("severity", f.severity().name());
    n.put("title", f.title());
    n.put("message", f.message());
    putNullable(n, "namespace", f.namespace());
    putNullable(n, "object", f.object() == null ? null : f.object().toString());
    putNullable(n, "subject", f.subject());
    n.put("file", Texts.relative(f.file()));
    n.put("line", f.line());
    n.put("column", f.column());
    ArrayNode related = n.putArray("related");
    for (Related r : f.related()) {
      ObjectNode x = related.addObject();
      x.put("kind", r.what());
      x.put("ref", r.ref());
      x.put("file", Texts.relative(r.file()));
      x.put("line", r.line());
    }
    n.put("suppressed", e.suppressed());
    Suppression s = e.suppression();
    if (s != null) {
      ObjectNode sn = n.putObject("suppression");
      sn.put("kind", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      sn.put("reason", s.reason());
      sn.put("source", s.source());
      putNullable(sn, "owner", s.owner());
      putNullable(sn, "expires", s.expires() == null ? null : s.expires().toString());
    }
    return n;
  }

  private static void putNullable(
      ObjectNode n, String key, @org.jspecify.annotations.Nullable String v) {
    if (v == null) {
      n.putNull(key);
    } else {
      n.put(key, v);
    }
  }

  static String severityName(Severity s) {
    return s.name();
  }
}
