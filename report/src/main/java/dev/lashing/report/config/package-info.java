/**
 * Reports of {@code lashing config}: the {@link ConfigReport} (a scan with suppressions applied
 * from inline comments and {@code .lashingignore.yaml}), its table, JSON, SARIF 2.1.0 and JUnit
 * writers, the compliance view grouped by control, and the check catalog listing.
 */
@NullMarked
package dev.lashing.report.config;

import org.jspecify.annotations.NullMarked;
