package dev.lashing.vulndb.nvd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.model.Severity;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.support.FeedJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One {@code vulnerabilities[].cve} object of an API 2.0 page → an enrichment advisory. */
final class NvdCve {

  private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
  private static final Pattern CWE = Pattern.compile("CWE-\\d+");

  /** Metric arrays in the order their primary score sets the advisory's severity. */
  private static final List<String> METRICS =
      List.of("cvssMetricV31", "cvssMetricV30", "cvssMetricV40", "cvssMetricV2");

  private NvdCve() {}

  static Advisory advisory(JsonNode cve, String where) throws VulnDataException {
    String id = FeedJson.text(cve, "id");
    if (id == null || !CVE.matcher(id).matches()) {
      throw new VulnDataException(where + ": cve.id missing or not a CVE id: " + FeedJson.clip(id));
    }
    String here = where + " " + id;
    Instant published;
    Instant modified;
    try {
      published = FeedJson.instant(FeedJson.text(cve, "published"));
      modified = FeedJson.instant(FeedJson.text(cve, "lastModified"));
    } catch (IllegalArgumentException e) {
      throw new VulnDataException(here + ": " + e.getMessage(), e);
    }
    String status = FeedJson.text(cve, "vulnStatus");
    Instant withdrawn =
        "Rejected".equalsIgnoreCase(status) ? (modified != null ? modified : published) : null;
    Map<String, String> specific = new HashMap<>();
    if (status != null) {
      specific.put("vulnStatus", status);
    }
    String sourceIdentifier = FeedJson.text(cve, "sourceIdentifier");
    if (sourceIdentifier != null) {
      specific.put("sourceIdentifier", sourceIdentifier);
    }
    List<CvssScore> primary = new ArrayList<>();
    List<CvssScore> secondary = new ArrayList<>();
    String severity = null;
    JsonNode metrics = cve.path("metrics");
    for (String key : METRICS) {
      for (JsonNode m : metrics.path(key)) {
        CvssScore score = score(key, m, here);
        if (score == null) {
          continue;
        }
        boolean isPrimary = "Primary".equalsIgnoreCase(FeedJson.text(m, "type"));
        (isPrimary ? primary : secondary).add(score);
        specific.put(
            "cvss." + score.version() + "." + score.source(), isPrimary ? "Primary" : "Secondary");
        if (isPrimary && severity == null) {
          severity = score.severity().name();
        }
      }
    }
    List<CvssScore> cvss = new ArrayList<>(primary);
    cvss.addAll(secondary);
    return new Advisory(
        id,
        NvdApi.NAME,
        List.of(),
        null,
        english(cve.path("descriptions")),
        published,
        modified,
        withdrawn,
        cvss,
        severity,
        cwes(cve.path("weaknesses")),
        references(cve.path("references")),
        List.of(),
        specific);
  }

  private static @Nullable CvssScore score(String key, JsonNode metric, String where)
      throws VulnDataException {
    JsonNode data = metric.path("cvssData");
    String vector = FeedJson.text(data, "vectorString");
    JsonNode base = data.get("baseScore");
    if (vector == null || base == null || !base.isNumber()) {
      return null;
    }
    String version = FeedJson.text(data, "version");
    if (version == null) {
      version = key.equals("cvssMetricV2") ? "2.0" : key.substring(11, 12) + "." + key.charAt(12);
    }
    String rating = FeedJson.text(data, "baseSeverity");
    if (rating == null) {
      rating = FeedJson.text(metric, "baseSeverity");
    }
    String source = FeedJson.text(metric, "source");
    try {
      return new CvssScore(
          version,
          vector,
          base.asDouble(),
          severity(rating),
          source == null ? "nvd@nist.gov" : source);
    } catch (IllegalArgumentException e) {
      throw new VulnDataException(where + " " + key + ": " + e.getMessage(), e);
    }
  }

  private static Severity severity(@Nullable String rating) {
    if (rating == null) {
      return Severity.UNKNOWN;
    }
    return switch (rating.strip().toUpperCase(Locale.ROOT)) {
      case "LOW" -> Severity.LOW;
      case "MEDIUM" -> Severity.MEDIUM;
      case "HIGH" -> Severity.HIGH;
      case "CRITICAL" -> Severity.CRITICAL;
      default -> Severity.UNKNOWN;
    };
  }

  private static @Nullable String english(JsonNode descriptions) {
    String any = null;
    for (JsonNode d : descriptions) {
      String value = FeedJson.text(d, "value");
      if ("en".equals(FeedJson.text(d, "lang"))) {
        return value;
      }
      if (any == null) {
        any = value;
      }
    }
    return any;
  }

  private static List<String> cwes(JsonNode weaknesses) {
    Set<String> cwes = new LinkedHashSet<>();
    for (JsonNode w : weaknesses) {
      for (JsonNode d : w.path("description")) {
        String value = FeedJson.text(d, "value");
        if (value != null && CWE.matcher(value).matches()) {
          cwes.add(value);
        }
      }
    }
    return List.copyOf(cwes);
  }

  private static List<String> references(JsonNode references) {
    Set<String> urls = new LinkedHashSet<>();
    for (JsonNode r : references) {
      String url = FeedJson.text(r, "url");
      if (url != null && !url.isBlank()) {
        urls.add(url.strip());
      }
    }
    return List.copyOf(urls);
  }
}
