/** {@code lashing config ...}: configuration checks over Dockerfiles and Kubernetes manifests. */
@NullMarked
package dev.lashing.cli.config;

import org.jspecify.annotations.NullMarked;
