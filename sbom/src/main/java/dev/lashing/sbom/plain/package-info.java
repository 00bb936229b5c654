/** Lashing's own renderings of an SBOM: a table for people and the record as JSON. */
@NullMarked
package dev.lashing.sbom.plain;

import org.jspecify.annotations.NullMarked;
