package dev.lashing.report.vuln;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.match.Finding;
import dev.lashing.match.MatchDetail;
import dev.lashing.match.ScanResult;
import dev.lashing.match.Suppression;
import dev.lashing.match.ignore.IgnoreRule;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.Severity;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomSubject;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form, schema in {@code docs/json-schema-vuln.md}. Field names are a stable interface
 * (camelCase); absent values are {@code null}, never missing; suppressed findings are listed with
 * their {@code suppression}.
 */
public final class VulnJson {
  /** Bumped when a field changes meaning or disappears (adding fields does not bump it). */
  public static final int SCHEMA_VERSION = 1;

  static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private VulnJson() {}

  public static void write(ScanResult result, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(tree(result)));
    out.write('\n');
  }

  static ObjectNode tree(ScanResult result) {
    Sbom sbom = result.sbom();
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", sbom.tool().name());
    tool.put("version", sbom.tool().version());
    root.put("createdAt", sbom.created().toString());
    root.set("target", target(sbom.subject(), sbom.packages().size()));
    ObjectNode db = root.putObject("database");
    db.put("description", result.database());
    db.put("sample", result.sampleData());
    ObjectNode summary = root.putObject("summary");
    summary.put("total", result.findings().size());
    summary.put("active", result.active().size());
    summary.put("suppressed", result.suppressed().size());
    ObjectNode bySeverity = summary.putObject("bySeverity");
    for (Severity s :
        List.of(
            Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.UNKNOWN)) {
      bySeverity.put(
          s.name().toLowerCase(Locale.ROOT),
          result.active().stream().filter(f -> f.severity() == s).count());
    }
    ArrayNode findings = root.putArray("findings");
    result.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode expired = root.putArray("expiredIgnores");
    for (IgnoreRule r : result.expired()) {
      ObjectNode n = expired.addObject();
      n.put("id", r.id());
      n.put("package", r.packagePattern());
      n.put("path", r.path());
      n.put("reason", r.reason());
      n.put("owner", r.owner());
      n.put("expires", r.expires() == null ? null : r.expires().toString());
      n.put("source", r.source());
    }
    return root;
  }

  private static ObjectNode target(SbomSubject s, int packages) {
    ObjectNode t = JSON.createObjectNode();
    t.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    t.put("name", s.name());
    t.put("manifestDigest", s.manifestDigest() == null ? null : s.manifestDigest().toString());
    t.put("configDigest", s.configDigest() == null ? null : s.configDigest().toString());
    OsInfo os = s.os();
    if (os == null) {
      t.putNull("os");
    } else {
      ObjectNode o = t.putObject("os");
      o.put("id", os.id());
      o.put("versionId", os.versionId());
      o.put("prettyName", os.prettyName());
    }
    t.put("packages", packages);
    return t;
  }

  static ObjectNode finding(Finding f) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", f.id());
    strings(n.putArray("aliases"), f.aliases());
    n.put("severity", f.severity().name());
    n.put("severitySource", f.severitySource());
    n.put("vendorSeverity", f.vendorSeverity());
    if (f.cvss() == null) {
      n.putNull("cvss");
    } else {
      ObjectNode c = n.putObject("cvss");
      c.put("version", f.cvss().version());
      c.put("vector", f.cvss().vector());
      c.put("score", f.cvss().baseScore());
      c.put("severity", f.cvss().severity().name());
      c.put("source", f.cvss().source());
    }
    if (f.kev() == null) {
      n.putNull("kev");
    } else {
      ObjectNode k = n.putObject("kev");
      k.put("dateAdded", f.kev().dateAdded().toString());
      k.put("dueDate", f.kev().dueDate() == null ? null : f.kev().dueDate().toString());
      k.put("knownRansomware", f.kev().knownRansomware());
    }
    if (f.epss() == null) {
      n.putNull("epss");
    } else {
      ObjectNode e = n.putObject("epss");
      e.put("score", f.epss().score());
      e.put("percentile", f.epss().percentile());
      e.put("date", f.epss().date().toString());
    }
    n.set("package", pkg(f.pkg()));
    n.put("installedVersion", f.installedVersion());
    strings(n.putArray("fixedVersions"), f.fixedVersions());
    n.put("fixState", f.fixState().label());
    n.put("title", f.title());
    n.put("description", f.description());
    strings(n.putArray("cwes"), f.cwes());
    strings(n.putArray("references"), f.references());
    strings(n.putArray("dataSources"), f.dataSources());
    ArrayNode matches = n.putArray("matches");
    for (MatchDetail d : f.matches()) {
      ObjectNode m = matches.addObject();
      m.put("matcher", d.matcher());
      m.put("recordId", d.recordId());
      m.put("source", d.source());
      m.put("ecosystem", d.ecosystem());
      m.put("packageName", d.packageName());
      m.put("matchedBy", d.matchedBy());
      m.put("comparedVersion", d.comparedVersion());
      strings(m.putArray("events"), d.events());
      m.put("reason", d.reason());
    }
    Suppression s = f.suppression();
    if (s == null) {
      n.putNull("suppression");
    } else {
      ObjectNode x = n.putObject("suppression");
      x.put("kind", s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      x.put("rule", s.rule());
      x.put("reason", s.reason());
      x.put("owner", s.owner());
      x.put("expires", s.expires() == null ? null : s.expires().toString());
      x.put("vexStatus", s.vexStatus());
      x.put("justification", s.justification());
    }
    return n;
  }

  private static ObjectNode pkg(Package p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", p.name());
    n.put("version", p.version());
    n.put("type", p.type().purlType());
    n.put("purl", p.purl());
    n.put("sourceName", p.sourceName());
    n.put("sourceVersion", p.sourceVersion());
    ArrayNode locations = n.putArray("locations");
    for (Location l : p.locations()) {
      ObjectNode o = locations.addObject();
      o.put("path", l.path());
      o.put("layer", layer(l));
    }
    return n;
  }

  private static @Nullable String layer(Location l) {
    return l.layer() == null ? null : l.layer().toString();
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
