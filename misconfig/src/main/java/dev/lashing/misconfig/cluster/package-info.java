/**
 * Reads a live cluster's objects through the user's kubeconfig (fabric8 client over the JDK HTTP
 * client) into the same {@link dev.lashing.misconfig.k8s.K8sObject} model as manifests. Secrets are
 * reduced to their metadata as soon as they arrive.
 */
@NullMarked
package dev.lashing.misconfig.cluster;

import org.jspecify.annotations.NullMarked;
