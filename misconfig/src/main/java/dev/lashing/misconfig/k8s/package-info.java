/**
 * Kubernetes objects from YAML/JSON manifests: multi-document files, List kinds, and typed access
 * to the pod spec and containers of every workload kind, to Secret references and secret stores,
 * and to Istio mTLS settings and EncryptionConfiguration providers ({@link ObjectKind} names the
 * known kinds; unknown kinds are kept).
 */
@NullMarked
package dev.lashing.misconfig.k8s;

import org.jspecify.annotations.NullMarked;
