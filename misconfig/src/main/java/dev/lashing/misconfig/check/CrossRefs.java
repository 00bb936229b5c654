package dev.lashing.misconfig.check;

import java.util.List;

/**
 * The same check in other tools: Trivy (KSV/DS ids), Checkov (CKV_*), KICS (query UUIDs), Kubescape
 * (C-xxxx), Polaris and kube-linter check names.
 */
public record CrossRefs(
    List<String> trivy,
    List<String> checkov,
    List<String> kics,
    List<String> kubescape,
    List<String> polaris,
    List<String> kubeLinter) {
  public CrossRefs {
    trivy = List.copyOf(trivy);
    checkov = List.copyOf(checkov);
    kics = List.copyOf(kics);
    kubescape = List.copyOf(kubescape);
    polaris = List.copyOf(polaris);
    kubeLinter = List.copyOf(kubeLinter);
  }
}
