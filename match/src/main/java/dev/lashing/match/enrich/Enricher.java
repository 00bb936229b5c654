package dev.lashing.match.enrich;

import dev.lashing.match.Candidate;
import dev.lashing.match.Finding;
import dev.lashing.match.FixState;
import dev.lashing.match.MatchDetail;
import dev.lashing.model.Package;
import dev.lashing.model.Severity;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns one package's candidates into findings: one per alias group, joined by CVE id with the NVD
 * record (CVSS, CWE, description when the matching records lack them), CISA KEV and EPSS.
 */
public final class Enricher {
  /** The store source name of NVD records. */
  public static final String NVD = "nvd";

  private Enricher() {}

  public static List<Finding> findings(Package pkg, List<Candidate> candidates, VulnStore store)
      throws VulnDataException {
    List<Finding> out = new ArrayList<>();
    for (List<Candidate> group : AliasGroups.of(candidates)) {
      out.add(finding(pkg, group, store));
    }
    return out;
  }

  private static Finding finding(Package pkg, List<Candidate> group, VulnStore store)
      throws VulnDataException {
    Set<String> ids = new LinkedHashSet<>();
    group.forEach(c -> ids.addAll(AliasGroups.ids(c.advisory())));
    String id = primaryId(group, ids);
    List<String> cves = ids.stream().filter(i -> i.startsWith("CVE-")).sorted().toList();
    List<Advisory> records = group.stream().map(Candidate::advisory).toList();
    List<Advisory> nvd = new ArrayList<>();
    for (String cve : cves) {
      for (Advisory a : store.byId(cve)) {
        if (a.source().equals(NVD) && !nvd.contains(a)) {
          nvd.add(a);
        }
      }
    }
    List<Advisory> all = new ArrayList<>(records);
    all.addAll(nvd);

    List<CvssScore> scores = new ArrayList<>();
    all.forEach(a -> scores.addAll(a.cvss()));
    CvssScore cvss = SeverityRule.preferred(scores).orElse(null);
    String vendor = vendorRating(pkg, group);
    Severity severity;
    String severitySource;
    if (vendor != null && SeverityRule.parse(vendor) != Severity.UNKNOWN) {
      severity = SeverityRule.parse(vendor);
      severitySource = "vendor:" + group.getFirst().advisory().source();
    } else if (cvss != null) {
      severity = cvss.severity();
      severitySource = "cvss:" + cvss.version() + ":" + cvss.source();
    } else {
      Optional<Advisory> rated =
          records.stream()
              .filter(a -> SeverityRule.parse(a.severity()) != Severity.UNKNOWN)
              .findFirst();
      severity = rated.map(a -> SeverityRule.parse(a.severity())).orElse(Severity.UNKNOWN);
      severitySource = rated.map(a -> "advisory:" + a.source()).orElse("none");
    }

    Kev kev = null;
    Epss epss = null;
    for (String cve : cves) {
      Optional<Kev> k = store.kev(cve);
      if (kev == null && k.isPresent()) {
        kev = k.get();
      }
      Optional<Epss> e = store.epss(cve);
      if (e.isPresent() && (epss == null || e.get().score() > epss.score())) {
        epss = e.get();
      }
    }

    List<String> fixed = new ArrayList<>();
    group.forEach(
        c -> c.fixedVersions().stream().filter(v -> !fixed.contains(v)).forEach(fixed::add));
    FixState state = fixState(group, fixed);
    Set<String> cwes = new TreeSet<>();
    Set<String> refs = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    all.forEach(a -> cwes.addAll(a.cwes()));
    all.forEach(a -> refs.addAll(a.references()));
    records.forEach(a -> sources.add(a.source()));
    List<String> aliases = ids.stream().filter(i -> !i.equals(id)).sorted().toList();
    List<MatchDetail> details = group.stream().map(Candidate::detail).toList();
    return new Finding(
        id,
        aliases,
        pkg,
        pkg.version(),
        fixed,
        state,
        severity,
        severitySource,
        vendor,
        cvss,
        kev,
        epss,
        first(all, true),
        first(all, false),
        List.copyOf(cwes),
        List.copyOf(refs),
        List.copyOf(sources),
        details,
        null);
  }

  private static FixState fixState(List<Candidate> group, List<String> fixed) {
    if (!fixed.isEmpty()) {
      return FixState.FIXED;
    }
    return group.stream().anyMatch(c -> c.fixState() == FixState.WONT_FIX)
        ? FixState.WONT_FIX
        : FixState.NOT_FIXED;
  }

  /** The distribution's rating for OS packages: the entry's, else the record's. */
  private static @Nullable String vendorRating(Package pkg, List<Candidate> group) {
    if (!pkg.type().isOs()) {
      return null;
    }
    for (Candidate c : group) {
      if (c.vendorSeverity() != null) {
        return c.vendorSeverity();
      }
      if (c.advisory().severity() != null) {
        return c.advisory().severity();
      }
    }
    return null;
  }

  /** A CVE id of a matching record, else a CVE alias, else the first GHSA, else the first id. */
  private static String primaryId(List<Candidate> group, Set<String> ids) {
    for (Candidate c : group) {
      if (c.advisory().id().startsWith("CVE-")) {
        return c.advisory().id();
      }
    }
    return ids.stream()
        .filter(i -> i.startsWith("CVE-"))
        .findFirst()
        .or(() -> ids.stream().filter(i -> i.startsWith("GHSA-")).findFirst())
        .orElse(group.getFirst().advisory().id());
  }

  private static @Nullable String first(List<Advisory> all, boolean summary) {
    for (Advisory a : all) {
      String s = summary ? a.summary() : a.details();
      if (s != null && !s.isBlank()) {
        return s.strip();
      }
    }
    return null;
  }
}
