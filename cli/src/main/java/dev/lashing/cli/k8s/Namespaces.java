package dev.lashing.cli.k8s;

import dev.lashing.misconfig.posture.AnalysisResult;
import dev.lashing.misconfig.posture.Posture;

/** Keeps the findings of one namespace (and cluster-wide ones) when {@code -n} is given. */
final class Namespaces {
  private Namespaces() {}

  static Posture only(Posture p, String ns) {
    return new Posture(
        p.origin(),
        p.objects(),
        p.problems(),
        p.results().stream()
            .map(
                r ->
                    new AnalysisResult(
                        r.analysis(),
                        r.rules(),
                        r.findings().stream()
                            .filter(f -> f.namespace() == null || f.namespace().equals(ns))
                            .toList(),
                        r.evaluated(),
                        r.notes(),
                        r.inlineIgnores()))
            .toList());
  }
}
