/**
 * Suppressions: the {@code .lashingignore.yaml} file and VEX documents (OpenVEX, CycloneDX, CSAF).
 */
@NullMarked
package dev.lashing.match.ignore;

import org.jspecify.annotations.NullMarked;
