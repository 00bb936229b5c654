package dev.lashing.misconfig.rbac;

import org.jspecify.annotations.Nullable;

/**
 * One rule granted to one subject by one binding: {@code namespace} is where it applies ({@code
 * null} = cluster-wide, from a ClusterRoleBinding; a RoleBinding limits even a ClusterRole's rules
 * to its namespace). {@code via} is the subject the binding names: the subject itself or one of its
 * groups.
 */
public record Grant(
    Subject via, Binding binding, Role role, RbacRule rule, @Nullable String namespace) {

  public boolean clusterWide() {
    return namespace == null;
  }

  /** {@code cluster-wide} or {@code namespace NS}. */
  public String scope() {
    return namespace == null ? "cluster-wide" : "namespace " + namespace;
  }
}
