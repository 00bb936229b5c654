/**
 * Kubernetes objects from YAML/JSON manifests: multi-document files, List kinds, and typed access
 * to the pod spec and containers of every workload kind.
 */
@NullMarked
package dev.lashing.misconfig.k8s;

import org.jspecify.annotations.NullMarked;
