/**
 * Merging matches of one vulnerability (alias groups) into findings, joined with NVD, KEV and EPSS
 * data; the displayed-severity rule.
 */
@NullMarked
package dev.lashing.match.enrich;

import org.jspecify.annotations.NullMarked;
