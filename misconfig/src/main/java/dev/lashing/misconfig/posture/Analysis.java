package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.objects.ObjectSet;

/**
 * One whole-set analysis in the posture report. Adding one (NetworkPolicy reachability) = a class
 * implementing this and one line in {@link Analyses#defaults}.
 */
public interface Analysis {

  /** Stable id shown in reports: {@code config}, {@code rbac}, {@code netpol}. */
  String id();

  /** Never throws for bad objects: they become notes. */
  AnalysisResult analyze(ObjectSet set);
}
