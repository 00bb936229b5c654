/**
 * A set of Kubernetes objects read together (manifest files, standard input or a live cluster), the
 * common input of the whole-cluster analyses (RBAC, NetworkPolicy) and the posture report.
 */
@NullMarked
package dev.lashing.misconfig.objects;

import org.jspecify.annotations.NullMarked;
