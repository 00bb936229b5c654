/** {@code lashing sbom}: the software bill of materials of an image or directory. */
@NullMarked
package dev.lashing.cli.sbom;

import org.jspecify.annotations.NullMarked;
