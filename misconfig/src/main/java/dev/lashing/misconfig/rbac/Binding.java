package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.yaml.Position;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A RoleBinding ({@code namespace} set) or ClusterRoleBinding: the role it refers to and its
 * subjects (service accounts written as {@code User:system:serviceaccount:…} are read as service
 * accounts). {@code bootstrap} marks the default bindings Kubernetes creates itself (label {@code
 * kubernetes.io/bootstrapping: rbac-defaults}).
 */
public record Binding(
    boolean cluster,
    @Nullable String namespace,
    String name,
    String roleKind,
    String roleName,
    List<BoundSubject> subjects,
    boolean bootstrap,
    K8sObject object) {
  public Binding {
    subjects = List.copyOf(subjects);
  }

  /** One subject of a binding and where it is written. */
  public record BoundSubject(Subject subject, Position position) {}

  public String kind() {
    return cluster ? "ClusterRoleBinding" : "RoleBinding";
  }

  public String ref() {
    return cluster ? "ClusterRoleBinding/" + name : "RoleBinding/" + namespace + "/" + name;
  }

  public String location() {
    return object.file() + ":" + object.position().line();
  }

  static final String BOOTSTRAP_LABEL = "kubernetes.io/bootstrapping";

  static boolean isBootstrap(Map<String, String> labels) {
    return "rbac-defaults".equals(labels.get(BOOTSTRAP_LABEL));
  }

  /**
   * Two values are the same binding when they come from the same object (kind, name and place in
   * the input): cheap, unlike comparing the whole YAML tree, and what the analysis means by "same".
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Binding o
        && ref().equals(o.ref())
        && object.file().equals(o.object.file())
        && object.document() == o.object.document()
        && object.path().equals(o.object.path());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(ref(), object.file(), object.document(), object.path());
  }
}
