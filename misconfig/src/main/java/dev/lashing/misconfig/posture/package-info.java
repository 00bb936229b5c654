/**
 * The cluster posture: a literal list of analyses (configuration checks, RBAC, and later
 * NetworkPolicy) run over one object set, and their results in one model for the report writers.
 */
@NullMarked
package dev.lashing.misconfig.posture;

import org.jspecify.annotations.NullMarked;
