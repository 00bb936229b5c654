package dev.lashing.misconfig.k8s;

import org.jspecify.annotations.Nullable;

/**
 * A pod spec's use of a Secret by name: how ({@link Use}), where ({@code path} from the object
 * root, e.g. {@code spec.template.spec.containers[0].env[2].valueFrom.secretKeyRef}) and in which
 * container (null for volumes and image pull secrets).
 */
public record SecretReference(String name, Use use, String path, @Nullable String container) {

  /** How the Secret reaches the pod. */
  public enum Use {
    /** {@code env[].valueFrom.secretKeyRef} */
    ENV,
    /** {@code envFrom[].secretRef} */
    ENV_FROM,
    /** {@code volumes[].secret} */
    VOLUME,
    /** {@code volumes[].projected.sources[].secret} */
    PROJECTED_VOLUME,
    /** {@code imagePullSecrets[]} */
    IMAGE_PULL
  }

  /** Passed through the environment rather than as files. */
  public boolean viaEnvironment() {
    return use == Use.ENV || use == Use.ENV_FROM;
  }
}
