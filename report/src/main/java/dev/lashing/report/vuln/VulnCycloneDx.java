package dev.lashing.report.vuln;

import dev.lashing.match.Finding;
import dev.lashing.match.MatchDetail;
import dev.lashing.match.ScanResult;
import dev.lashing.match.Suppression;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.sbom.cyclonedx.CycloneDx;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.vulnerability.Vulnerability;

/**
 * CycloneDX 1.6 JSON: the scan's SBOM with a {@code vulnerabilities} section, one entry per
 * finding: ratings (CVSS and the vendor's), CWE ids, the affected component's bom-ref and version,
 * the fix as recommendation, aliases as references, the match detail as properties, and for a
 * suppressed finding an {@code analysis} (not_affected or resolved) with the rule.
 */
public final class VulnCycloneDx {
  private VulnCycloneDx() {}

  public static void write(ScanResult result, Writer out) throws IOException {
    Bom bom = CycloneDx.encode(result.sbom());
    List<Vulnerability> vulns = new ArrayList<>();
    for (Finding f : result.findings()) {
      vulns.add(vulnerability(f));
    }
    bom.setVulnerabilities(vulns);
    try {
      out.write(BomGeneratorFactory.createJson(CycloneDx.VERSION, bom).toJsonString(true));
      out.write('\n');
    } catch (GeneratorException e) {
      throw new IOException("cannot write CycloneDX JSON: " + e.getMessage(), e);
    }
  }

  private static Vulnerability vulnerability(Finding f) {
    Vulnerability v = new Vulnerability();
    v.setBomRef(f.id() + "/" + f.pkg().id());
    v.setId(f.id());
    v.setSource(source(f.dataSources().isEmpty() ? "lashing" : f.dataSources().getFirst()));
    List<Vulnerability.Rating> ratings = new ArrayList<>();
    CvssScore c = f.cvss();
    if (c != null) {
      Vulnerability.Rating r = new Vulnerability.Rating();
      r.setSource(source(c.source()));
      r.setScore(c.baseScore());
      r.setSeverity(
          Vulnerability.Rating.Severity.fromString(c.severity().name().toLowerCase(Locale.ROOT)));
      r.setMethod(
          switch (c.version()) {
            case "3.1" -> Vulnerability.Rating.Method.CVSSV31;
            case "3.0" -> Vulnerability.Rating.Method.CVSSV3;
            case "4.0" -> Vulnerability.Rating.Method.CVSSV4;
            default -> Vulnerability.Rating.Method.CVSSV2;
          });
      r.setVector(c.vector());
      ratings.add(r);
    }
    Vulnerability.Rating shown = new Vulnerability.Rating();
    shown.setSource(source(f.severitySource()));
    shown.setSeverity(
        Vulnerability.Rating.Severity.fromString(f.severity().name().toLowerCase(Locale.ROOT)));
    shown.setMethod(Vulnerability.Rating.Method.OTHER);
    ratings.add(shown);
    v.setRatings(ratings);
    List<Integer> cwes = new ArrayList<>();
    for (String cwe : f.cwes()) {
      try {
        cwes.add(Integer.parseInt(cwe.replaceFirst("^CWE-", "")));
      } catch (NumberFormatException e) {
        // NVD's NVD-CWE-Other and NVD-CWE-noinfo are not CWE numbers
      }
    }
    if (!cwes.isEmpty()) {
      v.setCwes(cwes);
    }
    if (f.description() != null) {
      v.setDescription(f.description());
    } else if (f.title() != null) {
      v.setDescription(f.title());
    }
    v.setRecommendation(
        f.fixedVersions().isEmpty()
            ? f.fixState().label()
            : "Upgrade " + f.pkg().name() + " to " + String.join(" or ", f.fixedVersions()));
    List<Vulnerability.Reference> refs = new ArrayList<>();
    for (String alias : f.aliases()) {
      Vulnerability.Reference r = new Vulnerability.Reference();
      r.setId(alias);
      r.setSource(
          source(alias.startsWith("GHSA-") ? "ghsa" : alias.startsWith("CVE-") ? "nvd" : "osv"));
      refs.add(r);
    }
    if (!refs.isEmpty()) {
      v.setReferences(refs);
    }
    Vulnerability.Affect affect = new Vulnerability.Affect();
    affect.setRef(f.pkg().id());
    Vulnerability.Version version = new Vulnerability.Version();
    version.setVersion(f.installedVersion());
    version.setStatus(
        f.active() ? Vulnerability.Version.Status.AFFECTED : Vulnerability.Version.Status.UNKNOWN);
    affect.setVersions(List.of(version));
    v.setAffects(List.of(affect));
    Suppression s = f.suppression();
    if (s != null) {
      Vulnerability.Analysis a = new Vulnerability.Analysis();
      a.setState(
          "fixed".equals(s.vexStatus())
              ? Vulnerability.Analysis.State.RESOLVED
              : Vulnerability.Analysis.State.NOT_AFFECTED);
      a.setDetail(s.reason() + " (" + s.rule() + ")");
      v.setAnalysis(a);
    }
    List<Property> props = new ArrayList<>();
    for (MatchDetail d : f.matches()) {
      props.add(property("lashing:match:" + d.recordId(), d.reason()));
    }
    props.add(property("lashing:fixState", f.fixState().label()));
    if (f.kev() != null) {
      props.add(property("lashing:kev:dateAdded", f.kev().dateAdded().toString()));
    }
    if (f.epss() != null) {
      props.add(property("lashing:epss:score", Double.toString(f.epss().score())));
      props.add(property("lashing:epss:percentile", Double.toString(f.epss().percentile())));
    }
    v.setProperties(props);
    return v;
  }

  private static Vulnerability.Source source(String name) {
    Vulnerability.Source s = new Vulnerability.Source();
    s.setName(name);
    return s;
  }

  private static Property property(String name, String value) {
    Property p = new Property();
    p.setName(name);
    p.setValue(value);
    return p;
  }
}
