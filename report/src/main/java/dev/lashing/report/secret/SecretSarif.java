package dev.lashing.report.secret;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.secret.SecretFinding;
import dev.lashing.misconfig.secret.SecretRule;
import dev.lashing.model.Severity;
import dev.lashing.report.sarif.SarifLog;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0: one run; {@code tool.driver.rules} are the rules that fired; one result per finding
 * with a file:line:column region. Paths inside an image are relative URIs (no leading slash) and
 * the result's properties name the image, layer digest, history step and {@code removedLater}. The
 * message holds the redacted value only.
 */
public final class SecretSarif {
  private SecretSarif() {}

  public static void write(SecretReport report, String toolVersion, Writer out) throws IOException {
    out.write(SecretJson.JSON.writeValueAsString(tree(report, toolVersion)));
    out.write('\n');
  }

  static ObjectNode tree(SecretReport report, String toolVersion) {
    SarifLog log = SarifLog.start(SecretJson.JSON, toolVersion);
    ObjectNode root = log.root();
    ObjectNode run = log.run();
    ObjectNode driver = log.driver();
    Set<String> fired = new LinkedHashSet<>();
    report.findings().forEach(f -> fired.add(f.ruleId()));
    List<String> ids = new ArrayList<>();
    ArrayNode rules = driver.putArray("rules");
    for (SecretRule r : report.rules()) {
      if (fired.contains(r.id())) {
        ids.add(r.id());
        rules.add(rule(r));
      }
    }
    ArrayNode results = run.putArray("results");
    for (var scan : report.scans()) {
      for (SecretFinding f : report.findings(scan)) {
        results.add(result(f, ids.indexOf(f.ruleId()), scan.target()));
      }
    }
    return root;
  }

  private static ObjectNode rule(SecretRule r) {
    ObjectNode n = SecretJson.JSON.createObjectNode();
    n.put("id", r.id());
    n.put("name", r.name());
    n.putObject("shortDescription").put("text", r.title());
    n.putObject("fullDescription").put("text", r.title() + " (rule " + r.name() + ")");
    n.putObject("help")
        .put(
            "text",
            "Revoke and rotate the secret, remove it from the file and from every image layer"
                + " (rebuild without it), and load it at run time from a secret store instead.");
    n.putObject("defaultConfiguration").put("level", level(r.severity()));
    ObjectNode p = n.putObject("properties");
    p.put("severity", r.severity().name());
    p.put("security-severity", securitySeverity(r.severity()));
    p.putArray("tags").add("security").add("secret");
    return n;
  }

  private static ObjectNode result(SecretFinding f, int ruleIndex, String target) {
    ObjectNode n = SecretJson.JSON.createObjectNode();
    n.put("ruleId", f.ruleId());
    n.put("ruleIndex", ruleIndex);
    n.put("level", level(f.severity()));
    n.putObject("message").put("text", f.title() + ": " + f.redacted());
    ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(f));
    ObjectNode region = physical.putObject("region");
    region.put("startLine", f.line());
    region.put("startColumn", f.column());
    SecretFinding.LayerRef l = f.layer();
    if (l != null) {
      ObjectNode p = n.putObject("properties");
      p.put("image", target);
      p.put("layerIndex", l.index());
      p.put("layerDigest", l.digest().toString());
      p.put("layerDiffId", l.diffId().toString());
      if (l.createdBy() != null) {
        p.put("createdBy", l.createdBy());
      }
      p.put("removedLater", f.removedLater());
    }
    return n;
  }

  /** Relative paths stay relative; image paths lose their leading slash; others become file:. */
  static String uri(SecretFinding f) {
    String p = f.path().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    if (f.layer() != null) {
      p = p.replaceFirst("^/+", "");
    } else if (p.startsWith("/")) {
      return Path.of(p).toUri().toString();
    }
    try {
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      return p.replaceAll("[^A-Za-z0-9._~/-]", "_");
    }
  }

  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, UNKNOWN -> "note";
    };
  }

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
