package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.ConfigScanner;
import java.util.List;

/** The analyses of {@code lashing k8s}: the one literal, ordered list. */
public final class Analyses {
  private Analyses() {}

  /**
   * Configuration checks over the same objects, then RBAC, then NetworkPolicy reachability. {@code
   * includeSystem} also judges Kubernetes' own identities and bootstrap bindings.
   */
  public static List<Analysis> defaults(ConfigScanner scanner, boolean includeSystem) {
    return List.of(ConfigAnalysis.of(scanner), RbacAnalysis.of(includeSystem), NetpolAnalysis.of());
  }
}
