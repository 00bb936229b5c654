package dev.lashing.match;

import dev.lashing.match.enrich.Enricher;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.sbom.Sbom;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Runs the matchers over every package of an SBOM and returns the findings, most severe first. */
public final class Matching {
  private Matching() {}

  /** Most severe first, then package name, version, finding id. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(f -> f.pkg().name())
          .thenComparing(f -> f.pkg().version())
          .thenComparing(Finding::id);

  public static List<Finding> run(Sbom sbom, VulnStore store, List<Matcher> matchers)
      throws VulnDataException {
    return run(sbom.packages(), sbom.subject().os(), store, matchers);
  }

  public static List<Finding> run(
      List<Package> packages, @Nullable OsInfo os, VulnStore store, List<Matcher> matchers)
      throws VulnDataException {
    List<Finding> findings = new ArrayList<>();
    for (Package pkg : packages) {
      for (Matcher m : matchers) {
        if (m.types().contains(pkg.type())) {
          List<Candidate> candidates = m.match(pkg, os, store);
          if (!candidates.isEmpty()) {
            findings.addAll(Enricher.findings(pkg, candidates, store));
          }
          break;
        }
      }
    }
    findings.sort(ORDER);
    return List.copyOf(findings);
  }
}
