/**
 * Vulnerability data as every stage sees it, whatever feed it came from: {@link
 * dev.lashing.model.vuln.Advisory} (OSV-shaped: id, aliases, severities, affected packages with
 * ranges) and the per-CVE enrichments {@link dev.lashing.model.vuln.Kev} and {@link
 * dev.lashing.model.vuln.Epss}.
 *
 * <p>Distro feeds are normalised into the same shape: a Debian tracker entry becomes an advisory
 * whose affected package is the source package in ecosystem {@code Debian:12}, with an ECOSYSTEM
 * range ({@code introduced 0, fixed X}) or a status ({@link
 * dev.lashing.model.vuln.AffectedStatus#UNFIXED}, {@link
 * dev.lashing.model.vuln.AffectedStatus#NOT_AFFECTED}, ...).
 */
@NullMarked
package dev.lashing.model.vuln;

import org.jspecify.annotations.NullMarked;
