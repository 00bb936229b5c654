package dev.lashing.vulndb.osv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.version.VersionSchemes;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.vulndb.cvss.Cvss;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One schema-valid OSV record → {@link Advisory}. CVSS vectors (record-level and per affected
 * package) are scored; the qualitative severity comes from {@code database_specific.severity}
 * (GHSA) or an {@code Ubuntu} severity entry; per-package severity from {@code ecosystem_specific}
 * / {@code database_specific} ({@code severity}, Debian's {@code urgency}) or the package's own
 * severity list. Affected entries without a package, or in an ecosystem Lashing has no version
 * scheme for ({@code GitHub Actions}, {@code Linux}, ...), are left out: nothing can match them.
 * {@code upstream} ids (the CVE of an {@code UBUNTU-CVE-…} record) are added to the aliases.
 */
final class OsvMapper {

  private OsvMapper() {}

  /**
   * @throws IllegalArgumentException when a value cannot be represented (bad timestamp, blank
   *     package name, unknown range event)
   */
  static Advisory map(JsonNode r, String source) {
    String id = r.path("id").asText();
    String assessor = assessor(id);
    List<CvssScore> cvss = new ArrayList<>();
    String severity = text(r.path("database_specific"), "severity");
    String ubuntu = cvssAndQualitative(r.path("severity"), assessor, cvss);
    if (severity == null) {
      severity = ubuntu;
    }
    List<AffectedPackage> affected = new ArrayList<>();
    for (JsonNode a : r.path("affected")) {
      AffectedPackage p = affected(a, assessor, cvss);
      if (p != null) {
        affected.add(p);
      }
    }
    List<String> cwes = new ArrayList<>();
    r.path("database_specific").path("cwe_ids").forEach(c -> cwes.add(c.asText()));
    Set<String> refs = new LinkedHashSet<>();
    r.path("references").forEach(ref -> refs.add(ref.path("url").asText()));
    refs.remove("");
    Set<String> aliases = new LinkedHashSet<>();
    r.path("aliases").forEach(x -> aliases.add(x.asText()));
    // Distro records (UBUNTU-CVE-…, DEBIAN-CVE-…) name their CVE in "upstream", not "aliases";
    // as aliases they join KEV, EPSS and NVD enrichment like any other id.
    r.path("upstream").forEach(x -> aliases.add(x.asText()));
    aliases.remove(id);
    return new Advisory(
        id,
        source,
        List.copyOf(aliases),
        text(r, "summary"),
        text(r, "details"),
        instant(r, "published"),
        instant(r, "modified"),
        instant(r, "withdrawn"),
        dedupe(cvss),
        severity,
        cwes,
        List.copyOf(refs),
        affected,
        flatten(r.path("database_specific")));
  }

  private static @Nullable AffectedPackage affected(
      JsonNode a, String assessor, List<CvssScore> cvss) {
    JsonNode pkg = a.path("package");
    String ecosystem = text(pkg, "ecosystem");
    String name = text(pkg, "name");
    if (ecosystem == null || name == null || name.isBlank() || !known(ecosystem)) {
      return null;
    }
    List<OsvRange> ranges = new ArrayList<>();
    for (JsonNode range : a.path("ranges")) {
      List<OsvEvent> events = new ArrayList<>();
      for (JsonNode e : range.path("events")) {
        e.properties().forEach(kv -> events.add(OsvEvent.of(kv.getKey(), kv.getValue().asText())));
      }
      ranges.add(new OsvRange(ecosystem, OsvRange.Type.of(range.path("type").asText()), events));
    }
    List<String> versions = new ArrayList<>();
    a.path("versions").forEach(v -> versions.add(v.asText()));
    String severity = text(a.path("ecosystem_specific"), "severity");
    if (severity == null) {
      severity = text(a.path("ecosystem_specific"), "urgency");
    }
    if (severity == null) {
      severity = text(a.path("database_specific"), "severity");
    }
    String own = cvssAndQualitative(a.path("severity"), assessor, cvss);
    if (severity == null) {
      severity = own;
    }
    return new AffectedPackage(
        ecosystem, name, AffectedStatus.AFFECTED, ranges, versions, severity, null);
  }

  private static boolean known(String ecosystem) {
    try {
      VersionSchemes.forEcosystem(ecosystem);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Adds the CVSS entries of an OSV severity list; returns its Ubuntu (qualitative) entry. */
  private static @Nullable String cvssAndQualitative(
      JsonNode severities, String assessor, List<CvssScore> cvss) {
    String qualitative = null;
    for (JsonNode s : severities) {
      String type = s.path("type").asText();
      String score = s.path("score").asText();
      if (type.startsWith("CVSS_")) {
        try {
          cvss.add(Cvss.score(score, assessor));
        } catch (IllegalArgumentException e) {
          // The schema's patterns already vetted the syntax; a vector without all base metrics
          // has no base score, so it is left out rather than guessed.
        }
      } else if (!score.isBlank()) {
        qualitative = score;
      }
    }
    return qualitative;
  }

  private static List<CvssScore> dedupe(List<CvssScore> all) {
    Map<String, CvssScore> byVector = new LinkedHashMap<>();
    all.forEach(c -> byVector.putIfAbsent(c.vector(), c));
    return List.copyOf(byVector.values());
  }

  /** Who assessed the record's CVSS: the id's prefix ({@code ghsa}, {@code pysec}, {@code go}). */
  private static String assessor(String id) {
    int dash = id.indexOf('-');
    return (dash > 0 ? id.substring(0, dash) : id).toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> flatten(JsonNode ds) {
    Map<String, String> out = new LinkedHashMap<>();
    if (ds.isObject()) {
      ds.properties()
          .forEach(
              e -> {
                JsonNode v = e.getValue();
                if (!v.isNull()) {
                  out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
                }
              });
    }
    return out;
  }

  private static @Nullable String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  private static @Nullable Instant instant(JsonNode n, String key) {
    String t = text(n, key);
    if (t == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(key + " is not an RFC 3339 timestamp: " + t, e);
    }
  }
}
