/**
 * CVSS v2, v3.0, v3.1 and v4.0 vectors turned into base scores and qualitative ratings, through
 * metaeffekt's calculator ({@code org.metaeffekt.core:ae-security}), which implements the FIRST
 * specifications including v4.0's macro-vector lookup.
 */
@NullMarked
package dev.lashing.vulndb.cvss;

import org.jspecify.annotations.NullMarked;
