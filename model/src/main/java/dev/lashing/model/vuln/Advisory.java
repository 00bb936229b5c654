package dev.lashing.model.vuln;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One vulnerability record from one source, in OSV's shape whatever the upstream format.
 *
 * @param id the record id as the source publishes it ({@code CVE-2021-44228}, {@code
 *     GHSA-jfh8-c2jp-5v3q}, {@code DSA-5022-1}, {@code RHSA-2024:1234})
 * @param source the store source name that produced it ({@code osv-maven}, {@code debian}, {@code
 *     alpine}, {@code redhat}, {@code nvd}); ids are unique per source
 * @param aliases other ids of the same vulnerability (CVE ids first where known)
 * @param summary one line
 * @param details longer text
 * @param published first publication
 * @param modified last modification (drives delta updates)
 * @param withdrawn when the record was withdrawn, or null; withdrawn records never match
 * @param cvss CVSS assessments with scores computed from their vectors
 * @param severity the source's qualitative severity where it gives one ({@code HIGH}, Debian
 *     urgency {@code high}, Red Hat {@code Important}), verbatim
 * @param cwes CWE ids ({@code CWE-502})
 * @param references URLs
 * @param affected the packages it affects (empty for enrichment-only sources such as NVD)
 * @param databaseSpecific the source's {@code database_specific} object, flattened to strings
 */
public record Advisory(
    String id,
    String source,
    List<String> aliases,
    @Nullable String summary,
    @Nullable String details,
    @Nullable Instant published,
    @Nullable Instant modified,
    @Nullable Instant withdrawn,
    List<CvssScore> cvss,
    @Nullable String severity,
    List<String> cwes,
    List<String> references,
    List<AffectedPackage> affected,
    Map<String, String> databaseSpecific) {

  public Advisory {
    if (id.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("advisory needs an id and a source");
    }
    aliases = List.copyOf(aliases);
    cvss = List.copyOf(cvss);
    cwes = List.copyOf(cwes);
    references = List.copyOf(references);
    affected = List.copyOf(affected);
    databaseSpecific = Map.copyOf(databaseSpecific);
  }

  /** The CVE ids of this record: its id when it is one, then CVE aliases. */
  public List<String> cveIds() {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
    if (id.startsWith("CVE-")) {
      ids.add(id);
    }
    aliases.stream().filter(a -> a.startsWith("CVE-")).forEach(ids::add);
    return List.copyOf(ids);
  }
}
