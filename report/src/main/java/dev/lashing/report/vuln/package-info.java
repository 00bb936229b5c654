/**
 * Vulnerability scan reports over {@link dev.lashing.match.ScanResult}: table, JSON, SARIF, JUnit,
 * CycloneDX with vulnerabilities, Markdown; and the CI gate ({@link
 * dev.lashing.report.vuln.VulnGate}).
 */
@NullMarked
package dev.lashing.report.vuln;

import org.jspecify.annotations.NullMarked;
