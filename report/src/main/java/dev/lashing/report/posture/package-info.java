/**
 * The cluster posture report ({@code lashing k8s}): every analysis's findings grouped by namespace
 * and severity, with suppressions, incompleteness and a compliance view, as table, JSON, SARIF and
 * Markdown.
 */
@NullMarked
package dev.lashing.report.posture;

import org.jspecify.annotations.NullMarked;
