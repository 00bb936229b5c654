package dev.lashing.misconfig;

import dev.lashing.misconfig.check.Evaluation;
import dev.lashing.misconfig.k8s.K8sObject;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What scanning one input produced, before it is merged into the scan's result: the checks'
 * evaluation (null when the input could not be parsed), its Kubernetes objects (for the set checks,
 * dropped once merged), its ignore comments, its errors, and whether it counts as a scanned file.
 */
record FileScan(
    String name,
    @Nullable Evaluation evaluation,
    List<K8sObject> objects,
    List<InlineIgnore> ignores,
    List<String> errors,
    boolean counted) {

  static FileScan failed(String name, List<String> errors, boolean counted) {
    return new FileScan(name, null, List.of(), List.of(), errors, counted);
  }
}
