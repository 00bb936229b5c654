/** A plain root filesystem directory presented as an image without layers. */
@NullMarked
package dev.lashing.image.rootfs;

import org.jspecify.annotations.NullMarked;
