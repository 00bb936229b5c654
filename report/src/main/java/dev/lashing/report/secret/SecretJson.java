package dev.lashing.report.secret;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.secret.SecretFinding;
import dev.lashing.misconfig.secret.SecretScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON form; field names are a stable interface (camelCase). One entry per target with its
 * counters and findings; a finding in an image carries its layer (index, digest, diff id, history
 * step) and {@code removedLater}. Only redacted values appear.
 */
public final class SecretJson {
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SecretJson() {}

  public static void write(SecretReport report, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(tree(report)));
    out.write('\n');
  }

  static ObjectNode tree(SecretReport report) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode summary = root.putObject("summary");
    report.counts().forEach((s, n) -> summary.put(s.name(), n));
    ArrayNode targets = root.putArray("targets");
    for (SecretScanResult scan : report.scans()) {
      ObjectNode t = targets.addObject();
      t.put("target", scan.target());
      t.put("filesScanned", scan.filesScanned());
      t.put("skippedBinary", scan.skippedBinary());
      t.put("skippedLarge", scan.skippedLarge());
      t.put("skippedAllowed", scan.skippedAllowed());
      ArrayNode findings = t.putArray("findings");
      report.findings(scan).forEach(f -> findings.add(finding(f)));
    }
    return root;
  }

  static ObjectNode finding(SecretFinding f) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ruleId", f.ruleId());
    n.put("rule", f.ruleName());
    n.put("severity", f.severity().name());
    n.put("title", f.title());
    n.put("path", f.path());
    n.put("line", f.line());
    n.put("column", f.column());
    n.put("match", f.redacted());
    SecretFinding.LayerRef l = f.layer();
    if (l != null) {
      ObjectNode ln = n.putObject("layer");
      ln.put("index", l.index());
      ln.put("digest", l.digest().toString());
      ln.put("diffId", l.diffId().toString());
      if (l.createdBy() != null) {
        ln.put("createdBy", l.createdBy());
      }
      n.put("removedLater", f.removedLater());
    }
    return n;
  }
}
