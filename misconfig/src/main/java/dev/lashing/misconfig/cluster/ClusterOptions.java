package dev.lashing.misconfig.cluster;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Which cluster and what of it: the kubeconfig file (null = {@code KUBECONFIG} or {@code
 * ~/.kube/config}, as kubectl), the context (null = the current one), one namespace (null = all;
 * cluster-scoped kinds are always read) and the timeout of one request.
 */
public record ClusterOptions(
    @Nullable Path kubeconfig,
    @Nullable String context,
    @Nullable String namespace,
    Duration timeout) {

  public static ClusterOptions defaults() {
    return new ClusterOptions(null, null, null, Duration.ofSeconds(30));
  }

  public ClusterOptions withKubeconfig(@Nullable Path file) {
    return new ClusterOptions(file, context, namespace, timeout);
  }

  public ClusterOptions withContext(@Nullable String name) {
    return new ClusterOptions(kubeconfig, name, namespace, timeout);
  }

  public ClusterOptions withNamespace(@Nullable String ns) {
    return new ClusterOptions(kubeconfig, context, ns, timeout);
  }
}
