/** {@code lashing secret}: secret scanning of images, directories and files. */
@NullMarked
package dev.lashing.cli.secret;

import org.jspecify.annotations.NullMarked;
