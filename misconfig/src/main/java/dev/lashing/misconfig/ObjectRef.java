package dev.lashing.misconfig;

import org.jspecify.annotations.Nullable;

/** The Kubernetes object a finding is about. */
public record ObjectRef(String kind, @Nullable String namespace, String name) {
  @Override
  public String toString() {
    return namespace == null ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }
}
