package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.yaml.Position;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One risk held by one subject in one place. {@code namespace} null = cluster-wide. {@code grants}
 * are the rules (with their bindings and roles) that together give the risk, in binding order;
 * {@code object} is what the finding is about when that is not a role rule (the workload that
 * mounts the token, the binding to cluster-admin, the annotated service account). {@code file} and
 * {@code position} point where to fix it: the first granting rule, else the object.
 */
public record RbacFinding(
    RbacRisk risk,
    @Nullable Subject subject,
    @Nullable String namespace,
    List<Grant> grants,
    @Nullable K8sObject object,
    String file,
    Position position,
    String message) {
  public RbacFinding {
    grants = List.copyOf(grants);
  }
}
