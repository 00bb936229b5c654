package dev.lashing.report.vuln;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.match.Finding;
import dev.lashing.match.ScanResult;
import dev.lashing.match.Suppression;
import dev.lashing.model.Severity;
import dev.lashing.report.sarif.SarifLog;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per vulnerability id (help text with the fix and
 * references, {@code security-severity} from CVSS or the severity), one result per finding located
 * at the package's evidence file (the package database or manifest); suppressed findings carry
 * {@code suppressions}.
 */
public final class VulnSarif {
  private VulnSarif() {}

  public static void write(ScanResult result, Writer out) throws IOException {
    out.write(VulnJson.JSON.writeValueAsString(tree(result)));
    out.write('\n');
  }

  static ObjectNode tree(ScanResult result) {
    SarifLog log = SarifLog.start(VulnJson.JSON, result.sbom().tool().version());
    ObjectNode root = log.root();
    ObjectNode run = log.run();
    ObjectNode driver = log.driver();
    Map<String, Finding> firstById = new LinkedHashMap<>();
    result.findings().forEach(f -> firstById.putIfAbsent(f.id(), f));
    List<String> ruleIds = new ArrayList<>(firstById.keySet());
    ArrayNode rules = driver.putArray("rules");
    firstById.values().forEach(f -> rules.add(rule(f)));
    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      results.add(result(result, f, ruleIds.indexOf(f.id())));
    }
    return root;
  }

  private static ObjectNode rule(Finding f) {
    ObjectNode n = VulnJson.JSON.createObjectNode();
    n.put("id", f.id());
    n.put("name", "Vulnerability");
    String title = f.title() != null ? f.title() : f.id() + " in " + f.pkg().name();
    n.putObject("shortDescription").put("text", title);
    n.putObject("fullDescription").put("text", f.description() != null ? f.description() : title);
    String help =
        "Vulnerability "
            + f.id()
            + (f.aliases().isEmpty() ? "" : " (" + String.join(", ", f.aliases()) + ")")
            + "\nSeverity: "
            + f.severity()
            + "\nPackage: "
            + f.pkg().name()
            + "\nFixed version: "
            + (f.fixedVersions().isEmpty()
                ? f.fixState().label()
                : String.join(", ", f.fixedVersions()))
            + (f.references().isEmpty()
                ? ""
                : "\nReferences:\n" + String.join("\n", f.references()));
    ObjectNode helpNode = n.putObject("help");
    helpNode.put("text", help);
    helpNode.put("markdown", help.replace("\n", "  \n"));
    if (!f.references().isEmpty()) {
      n.put("helpUri", f.references().getFirst());
    }
    n.putObject("defaultConfiguration").put("level", level(f.severity()));
    ObjectNode p = n.putObject("properties");
    p.put("precision", "very-high");
    p.put("security-severity", securitySeverity(f));
    p.putArray("tags").add("vulnerability").add("security").add(f.severity().name());
    return n;
  }

  private static ObjectNode result(ScanResult scan, Finding f, int ruleIndex) {
    ObjectNode n = VulnJson.JSON.createObjectNode();
    n.put("ruleId", f.id());
    n.put("ruleIndex", ruleIndex);
    n.put("level", level(f.severity()));
    String fixed =
        f.fixedVersions().isEmpty() ? f.fixState().label() : String.join(", ", f.fixedVersions());
    n.putObject("message")
        .put(
            "text",
            "Package: "
                + f.pkg().name()
                + "\nInstalled version: "
                + f.installedVersion()
                + "\nVulnerability: "
                + f.id()
                + "\nSeverity: "
                + f.severity()
                + "\nFixed version: "
                + fixed
                + "\nMatch: "
                + f.matches().getFirst().reason());
    String uri = Targets.evidence(f);
    ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
    physical
        .putObject("artifactLocation")
        .put("uri", uri.isEmpty() ? scan.sbom().subject().name() : uri);
    ObjectNode region = physical.putObject("region");
    region.put("startLine", 1);
    region.put("startColumn", 1);
    ObjectNode props = n.putObject("properties");
    props.put("purl", f.pkg().purl());
    props.put("target", Targets.target(scan.sbom().subject(), f));
    Suppression s = f.suppression();
    if (s != null) {
      ObjectNode sn = n.putArray("suppressions").addObject();
      sn.put("kind", "external");
      sn.put("status", "accepted");
      sn.put("justification", s.reason());
      sn.putObject("properties").put("rule", s.rule());
    }
    return n;
  }

  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, UNKNOWN -> "note";
    };
  }

  /** GitHub reads {@code security-severity} as a CVSS-like number: the score, else a level. */
  private static String securitySeverity(Finding f) {
    if (f.cvss() != null) {
      return String.format(Locale.ROOT, "%.1f", f.cvss().baseScore());
    }
    return switch (f.severity()) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "2.0";
      case UNKNOWN -> "0.0";
    };
  }
}
