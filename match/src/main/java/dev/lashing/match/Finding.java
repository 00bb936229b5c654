package dev.lashing.match;

import dev.lashing.model.Package;
import dev.lashing.model.Severity;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One vulnerability in one package: every record of the same vulnerability (alias group) merged.
 *
 * @param id the vulnerability id shown: a CVE id when the group has one, else the first record id
 * @param aliases every other id of the group, sorted
 * @param pkg the affected package (name, version, type, purl, locations with layer digests)
 * @param installedVersion the installed version
 * @param fixedVersions versions that fix it, in the feeds' order, empty when none
 * @param fixState whether a fix exists
 * @param severity the displayed severity ({@code docs/json-schema-vuln.md}: vendor's for OS
 *     packages, else CVSS, else the advisory's rating)
 * @param severitySource where {@link #severity} comes from ({@code vendor:alpine}, {@code
 *     cvss:3.1:nvd@nist.gov}, {@code advisory:osv-maven}, {@code none})
 * @param vendorSeverity the distribution's own rating, verbatim, or null
 * @param cvss the chosen CVSS assessment, or null
 * @param kev the CISA KEV entry when listed, else null
 * @param epss the EPSS score, else null
 * @param title one line, or null
 * @param description longer text, or null
 * @param cwes CWE ids
 * @param references URLs
 * @param dataSources the store sources of the matching records
 * @param matches one detail per matching record
 * @param suppression why it does not count, or null when it does
 */
public record Finding(
    String id,
    List<String> aliases,
    Package pkg,
    String installedVersion,
    List<String> fixedVersions,
    FixState fixState,
    Severity severity,
    String severitySource,
    @Nullable String vendorSeverity,
    @Nullable CvssScore cvss,
    @Nullable Kev kev,
    @Nullable Epss epss,
    @Nullable String title,
    @Nullable String description,
    List<String> cwes,
    List<String> references,
    List<String> dataSources,
    List<MatchDetail> matches,
    @Nullable Suppression suppression) {

  public Finding {
    aliases = List.copyOf(aliases);
    fixedVersions = List.copyOf(fixedVersions);
    cwes = List.copyOf(cwes);
    references = List.copyOf(references);
    dataSources = List.copyOf(dataSources);
    matches = List.copyOf(matches);
  }

  /** The ids of the matching records. */
  public List<String> recordIds() {
    return matches.stream().map(MatchDetail::recordId).distinct().toList();
  }

  /** The id and every alias. */
  public List<String> allIds() {
    java.util.List<String> ids = new java.util.ArrayList<>();
    ids.add(id);
    ids.addAll(aliases);
    return List.copyOf(ids);
  }

  /** True when no suppression applies. */
  public boolean active() {
    return suppression == null;
  }

  /** The same finding with {@code s} attached. */
  public Finding suppressed(Suppression s) {
    return new Finding(
        id,
        aliases,
        pkg,
        installedVersion,
        fixedVersions,
        fixState,
        severity,
        severitySource,
        vendorSeverity,
        cvss,
        kev,
        epss,
        title,
        description,
        cwes,
        references,
        dataSources,
        matches,
        s);
  }
}
