/** OCI and Docker manifest, index and config documents: parsing, validation, platform selection. */
@NullMarked
package dev.lashing.image.oci;

import org.jspecify.annotations.NullMarked;
