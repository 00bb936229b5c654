package dev.lashing.misconfig.check;

import java.util.List;

/**
 * Controls a check supports: CIS Docker Benchmark 1.6, CIS Kubernetes Benchmark, NSA/CISA
 * Kubernetes Hardening Guide, NIST SP 800-190, MITRE ATT&CK for Containers, PCI DSS 4.0.
 */
public record Controls(
    List<String> cisDocker,
    List<String> cisKubernetes,
    List<String> nsaCisa,
    List<String> nist800190,
    List<String> mitre,
    List<String> pciDss) {
  public Controls {
    cisDocker = List.copyOf(cisDocker);
    cisKubernetes = List.copyOf(cisKubernetes);
    nsaCisa = List.copyOf(nsaCisa);
    nist800190 = List.copyOf(nist800190);
    mitre = List.copyOf(mitre);
    pciDss = List.copyOf(pciDss);
  }
}
