package dev.lashing.vulndb.redhat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.model.Severity;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.version.VersionSchemes;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.support.FeedJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One CSAF 2.0 document (VEX or security advisory) → advisories; see the package docs. */
final class CsafDocument {

  private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
  private static final Pattern CWE = Pattern.compile("CWE-\\d+");
  private static final Pattern ADVISORY_ID = Pattern.compile("[A-Z]{2,8}-\\d{4}:\\d{1,7}");

  private final Map<String, String> cpeByProduct = new HashMap<>();
  private final Map<String, String> purlByProduct = new HashMap<>();
  private final Map<String, String[]> relationships = new HashMap<>();
  private final String where;

  private CsafDocument(String where) {
    this.where = where;
  }

  /** The advisories of one parsed document. */
  static List<Advisory> advisories(JsonNode root, String where) throws VulnDataException {
    JsonNode doc = root.path("document");
    String category = FeedJson.text(doc, "category");
    if (!doc.isObject() || category == null || !root.path("vulnerabilities").isArray()) {
      throw new VulnDataException(
          where + ": not a CSAF 2.0 document (needs document.category and vulnerabilities)");
    }
    CsafDocument d = new CsafDocument(where);
    d.indexBranches(root.path("product_tree").path("branches"), 0);
    for (JsonNode rel : root.path("product_tree").path("relationships")) {
      String id = FeedJson.text(rel.path("full_product_name"), "product_id");
      String ref = FeedJson.text(rel, "product_reference");
      String to = FeedJson.text(rel, "relates_to_product_reference");
      if (id != null && ref != null && to != null) {
        d.relationships.put(id, new String[] {ref, to});
      }
    }
    Instant modified = d.instant(FeedJson.text(doc.path("tracking"), "current_release_date"));
    Instant initial = d.instant(FeedJson.text(doc.path("tracking"), "initial_release_date"));
    if (category.equals("csaf_vex")) {
      List<Advisory> out = new ArrayList<>();
      for (JsonNode v : root.path("vulnerabilities")) {
        String cve = FeedJson.text(v, "cve");
        if (cve == null || !CVE.matcher(cve).matches()) {
          throw new VulnDataException(
              where + ": vulnerability without a CVE id: " + FeedJson.clip(cve));
        }
        Instant published = d.instant(FeedJson.text(v, "release_date"));
        out.add(
            d.advisory(
                cve,
                List.of(),
                List.of(v),
                published != null ? published : initial,
                modified,
                threat(v)));
      }
      return out;
    }
    String id = FeedJson.text(doc.path("tracking"), "id");
    if (id == null || !ADVISORY_ID.matcher(id).matches()) {
      throw new VulnDataException(
          where + ": document.tracking.id is not an advisory id: " + FeedJson.clip(id));
    }
    List<String> cves = new ArrayList<>();
    List<JsonNode> vulns = new ArrayList<>();
    for (JsonNode v : root.path("vulnerabilities")) {
      String cve = FeedJson.text(v, "cve");
      if (cve != null && CVE.matcher(cve).matches()) {
        cves.add(cve);
      }
      vulns.add(v);
    }
    String severity = FeedJson.text(doc.path("aggregate_severity"), "text");
    return List.of(d.advisory(id, cves, vulns, initial, modified, severity));
  }

  private void indexBranches(JsonNode branches, int depth) throws VulnDataException {
    if (depth > 20) {
      throw new VulnDataException(where + ": product_tree branches nested deeper than 20");
    }
    for (JsonNode b : branches) {
      JsonNode product = b.path("product");
      String id = FeedJson.text(product, "product_id");
      if (id != null) {
        JsonNode helper = product.path("product_identification_helper");
        String cpe = FeedJson.text(helper, "cpe");
        String purl = FeedJson.text(helper, "purl");
        if (cpe != null) {
          cpeByProduct.put(id, cpe);
        }
        if (purl != null) {
          purlByProduct.put(id, purl);
        }
      }
      indexBranches(b.path("branches"), depth + 1);
    }
  }

  private @Nullable Instant instant(@Nullable String s) throws VulnDataException {
    try {
      return FeedJson.instant(s);
    } catch (IllegalArgumentException e) {
      throw new VulnDataException(where + ": " + e.getMessage(), e);
    }
  }

  private static @Nullable String threat(JsonNode vulnerability) {
    for (JsonNode t : vulnerability.path("threats")) {
      if ("impact".equals(FeedJson.text(t, "category"))) {
        return FeedJson.text(t, "details");
      }
    }
    return null;
  }

  /** The key of one affected package: ecosystem, rpm name, module stream. */
  private record Key(String ecosystem, String name, @Nullable String module) {}

  private static final class Pkg {
    final TreeSet<String> fixed =
        new TreeSet<>(
            VersionSchemes.forEcosystem("Red Hat").comparator().thenComparing(String::compareTo));
    final Set<String> advisories = new LinkedHashSet<>();
    @Nullable AffectedStatus other;
    @Nullable String otherNote;
  }

  private Advisory advisory(
      String id,
      List<String> aliases,
      List<JsonNode> vulns,
      @Nullable Instant published,
      @Nullable Instant modified,
      @Nullable String severity)
      throws VulnDataException {
    Map<Key, Pkg> pkgs = new LinkedHashMap<>();
    List<CvssScore> cvss = new ArrayList<>();
    Set<String> cwes = new LinkedHashSet<>();
    Set<String> refs = new LinkedHashSet<>();
    String summary = null;
    String details = null;
    for (JsonNode v : vulns) {
      Map<String, JsonNode> remediation = remediations(v);
      JsonNode status = v.path("product_status");
      for (JsonNode pid : status.path("fixed")) {
        fixed(pid.asText(), remediation, pkgs);
      }
      for (JsonNode pid : status.path("known_affected")) {
        JsonNode r = remediation.get(pid.asText());
        String category = r == null ? null : FeedJson.text(r, "category");
        boolean wontFix = "no_fix_planned".equals(category);
        other(
            pid.asText(),
            wontFix ? AffectedStatus.WONT_FIX : AffectedStatus.UNFIXED,
            r == null ? null : FeedJson.text(r, "details"),
            pkgs);
      }
      for (JsonNode pid : status.path("known_not_affected")) {
        other(pid.asText(), AffectedStatus.NOT_AFFECTED, null, pkgs);
      }
      scores(v, cvss);
      String cwe = FeedJson.text(v.path("cwe"), "id");
      if (cwe != null && CWE.matcher(cwe).matches()) {
        cwes.add(cwe);
      }
      for (JsonNode r : v.path("references")) {
        String url = FeedJson.text(r, "url");
        if (url != null) {
          refs.add(url);
        }
      }
      for (JsonNode n : v.path("notes")) {
        String category = FeedJson.text(n, "category");
        if (details == null && "description".equals(category)) {
          details = FeedJson.text(n, "text");
        } else if (summary == null && "summary".equals(category)) {
          summary = FeedJson.text(n, "text");
        }
      }
      if (summary == null) {
        summary = FeedJson.text(v, "title");
      }
    }
    List<AffectedPackage> affected = new ArrayList<>();
    pkgs.forEach((key, pkg) -> affected.add(affected(key, pkg)));
    return new Advisory(
        id,
        RedHatCsaf.NAME,
        aliases,
        summary,
        details,
        published,
        modified,
        null,
        cvss,
        severity,
        List.copyOf(cwes),
        List.copyOf(refs),
        affected,
        Map.of());
  }

  private static Map<String, JsonNode> remediations(JsonNode vulnerability) {
    Map<String, JsonNode> byProduct = new HashMap<>();
    for (JsonNode r : vulnerability.path("remediations")) {
      String category = FeedJson.text(r, "category");
      if (category == null || category.equals("workaround") || category.equals("mitigation")) {
        continue;
      }
      for (JsonNode pid : r.path("product_ids")) {
        byProduct.putIfAbsent(pid.asText(), r);
      }
    }
    return byProduct;
  }

  private @Nullable Key key(String productId, RpmComponent[] component) {
    String[] rel = relationships.get(productId);
    if (rel == null) {
      return null;
    }
    String cpe = cpeByProduct.get(rel[1]);
    String ecosystem = cpe == null ? null : RedHatEcosystems.fromCpe(cpe);
    if (ecosystem == null) {
      return null;
    }
    String purl = purlByProduct.get(rel[0]);
    RpmComponent c =
        purl != null ? RpmComponent.fromPurl(purl) : RpmComponent.fromReference(rel[0]);
    if (c == null) {
      return null;
    }
    component[0] = c;
    return new Key(ecosystem, c.name(), c.module());
  }

  private void fixed(String productId, Map<String, JsonNode> remediation, Map<Key, Pkg> pkgs) {
    RpmComponent[] c = new RpmComponent[1];
    Key key = key(productId, c);
    if (key == null || c[0].evr() == null) {
      return;
    }
    Pkg pkg = pkgs.computeIfAbsent(key, k -> new Pkg());
    pkg.fixed.add(c[0].evr());
    JsonNode r = remediation.get(productId);
    String url = r == null ? null : FeedJson.text(r, "url");
    if (url != null && url.contains("/errata/")) {
      pkg.advisories.add(url.substring(url.lastIndexOf('/') + 1));
    }
  }

  private void other(
      String productId, AffectedStatus status, @Nullable String note, Map<Key, Pkg> pkgs) {
    RpmComponent[] c = new RpmComponent[1];
    Key key = key(productId, c);
    if (key == null) {
      return;
    }
    Pkg pkg = pkgs.computeIfAbsent(key, k -> new Pkg());
    if (pkg.other == null || status.ordinal() < pkg.other.ordinal()) {
      pkg.other = status;
      pkg.otherNote = note;
    }
  }

  private static AffectedPackage affected(Key key, Pkg pkg) {
    if (pkg.fixed.isEmpty()) {
      AffectedStatus status = pkg.other == null ? AffectedStatus.UNFIXED : pkg.other;
      return new AffectedPackage(
          key.ecosystem(),
          key.name(),
          status,
          List.of(),
          List.of(),
          null,
          note(pkg.otherNote, key));
    }
    List<OsvRange> ranges = new ArrayList<>();
    for (String evr : pkg.fixed) {
      ranges.add(
          new OsvRange(
              key.ecosystem(),
              OsvRange.Type.ECOSYSTEM,
              List.of(new OsvEvent.Introduced("0"), new OsvEvent.Fixed(evr))));
    }
    String advisories = pkg.advisories.isEmpty() ? null : String.join(" ", pkg.advisories);
    return new AffectedPackage(
        key.ecosystem(),
        key.name(),
        AffectedStatus.AFFECTED,
        ranges,
        List.of(),
        null,
        note(advisories, key));
  }

  private static @Nullable String note(@Nullable String text, Key key) {
    if (key.module() == null) {
      return text;
    }
    return (text == null ? "" : text + " ") + "module " + key.module();
  }

  private void scores(JsonNode vulnerability, List<CvssScore> out) throws VulnDataException {
    for (JsonNode s : vulnerability.path("scores")) {
      for (String field : List.of("cvss_v3", "cvss_v2")) {
        JsonNode c = s.get(field);
        if (c == null) {
          continue;
        }
        String vector = FeedJson.text(c, "vectorString");
        JsonNode base = c.get("baseScore");
        if (vector == null || base == null || !base.isNumber()) {
          continue;
        }
        String version = FeedJson.text(c, "version");
        if (version == null) {
          version = field.equals("cvss_v2") ? "2.0" : "3.1";
        }
        String rating = FeedJson.text(c, "baseSeverity");
        CvssScore score;
        try {
          score =
              new CvssScore(
                  version,
                  vector,
                  base.asDouble(),
                  rating(rating, base.asDouble(), version.startsWith("2")),
                  "redhat");
        } catch (IllegalArgumentException e) {
          throw new VulnDataException(where + ": " + field + ": " + e.getMessage(), e);
        }
        if (out.stream().noneMatch(o -> o.vector().equals(score.vector()))) {
          out.add(score);
        }
      }
    }
  }

  /** The rating Red Hat gives, or the CVSS v3 rating of the score (v2 has no CRITICAL). */
  private static Severity rating(@Nullable String rating, double score, boolean v2) {
    if (rating != null) {
      switch (rating.strip().toUpperCase(Locale.ROOT)) {
        case "LOW":
          return Severity.LOW;
        case "MEDIUM":
          return Severity.MEDIUM;
        case "HIGH":
          return Severity.HIGH;
        case "CRITICAL":
          return Severity.CRITICAL;
        default:
          break;
      }
    }
    if (score == 0.0) {
      return Severity.UNKNOWN;
    }
    if (score < 4.0) {
      return Severity.LOW;
    }
    if (score < 7.0) {
      return Severity.MEDIUM;
    }
    return v2 || score < 9.0 ? Severity.HIGH : Severity.CRITICAL;
  }
}
