/** {@code lashing image ...}: commands over one container image. */
@NullMarked
package dev.lashing.cli.image;

import org.jspecify.annotations.NullMarked;
