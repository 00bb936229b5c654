/**
 * SPDX 2.3, JSON (written with Jackson) and tag-value (written and read by hand), over one
 * intermediate document model ({@code SpdxDoc}) so both serializations carry the same facts. The
 * subject is the package the document DESCRIBES; it CONTAINS every other package; Lashing facts
 * SPDX has no field for are {@code lashing:*} package annotations.
 */
@NullMarked
package dev.lashing.sbom.spdx;

import org.jspecify.annotations.NullMarked;
