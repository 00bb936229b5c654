/**
 * {@code lashing k8s ...}: the cluster posture report over manifests or a live cluster, and the
 * RBAC queries {@code who-can} and {@code rights}.
 */
@NullMarked
package dev.lashing.cli.k8s;

import org.jspecify.annotations.NullMarked;
