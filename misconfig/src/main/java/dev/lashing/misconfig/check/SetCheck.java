package dev.lashing.misconfig.check;

import dev.lashing.misconfig.k8s.K8sObject;
import java.util.List;

/**
 * Logic of a {@code scope: set} check: it sees every Kubernetes object of one scan (all files, all
 * rendered charts), so it can relate objects to each other (a Secret to the store that should
 * produce it, a namespace to the mTLS policy that should cover it). It streams: a collector keeps
 * only what it needs from each object, and reports when the scan is over.
 */
@FunctionalInterface
public interface SetCheck {

  /** A fresh collector for one scan. */
  Collector start(SetContext context);

  /** Sees the objects of one scan in input order, then reports. */
  interface Collector {
    void accept(K8sObject object);

    /** The failures, and how many subjects (objects, references, namespaces) were judged. */
    Outcome finish();
  }

  record Outcome(List<SetHit> hits, int subjects) {
    public Outcome {
      hits = List.copyOf(hits);
    }
  }
}
