package dev.lashing.misconfig.check;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.dockerfile.Dockerfile;
import dev.lashing.misconfig.k8s.K8sObject;
import java.util.List;

/** Runs a fixed list of checks; CEL is compiled once when the engine is created. */
public interface CheckEngine {

  List<Check> checks();

  /** The Dockerfile checks over one Dockerfile. */
  Evaluation evaluate(Dockerfile dockerfile);

  /** The Kubernetes checks over the objects of one file. */
  Evaluation evaluate(String file, List<K8sObject> objects);

  /**
   * @throws MisconfigException naming the check file when an expression does not compile or a
   *     {@code class:} is not in {@link JavaChecks}
   */
  static CheckEngine create(List<Check> checks) throws MisconfigException {
    return new DefaultCheckEngine(checks);
  }
}
