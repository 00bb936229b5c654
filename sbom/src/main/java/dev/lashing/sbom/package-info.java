/**
 * The software bill of materials of one image or directory: the {@link dev.lashing.sbom.Sbom}
 * record, the scan that builds it ({@link dev.lashing.sbom.SbomScanner}) and the codecs that write
 * and read it ({@link dev.lashing.sbom.SbomCodecs}).
 */
@NullMarked
package dev.lashing.sbom;

import org.jspecify.annotations.NullMarked;
