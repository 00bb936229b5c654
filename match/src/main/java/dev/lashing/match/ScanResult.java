package dev.lashing.match;

import dev.lashing.match.ignore.IgnoreRule;
import dev.lashing.sbom.Sbom;
import java.util.List;

/**
 * What a vulnerability scan found.
 *
 * @param sbom the scanned packages and their subject
 * @param findings findings after filtering, most severe first; suppressed ones included, each with
 *     its {@link Suppression}
 * @param expired ignore-file entries past their expiry that named a finding (they no longer
 *     suppress)
 * @param database one line saying which vulnerability data was used
 * @param sampleData true when that data was the bundled sample snapshot
 */
public record ScanResult(
    Sbom sbom,
    List<Finding> findings,
    List<IgnoreRule> expired,
    String database,
    boolean sampleData) {

  public ScanResult {
    findings = List.copyOf(findings);
    expired = List.copyOf(expired);
  }

  /** Findings no rule suppresses. */
  public List<Finding> active() {
    return findings.stream().filter(Finding::active).toList();
  }

  /** Findings a rule suppresses. */
  public List<Finding> suppressed() {
    return findings.stream().filter(f -> !f.active()).toList();
  }
}
