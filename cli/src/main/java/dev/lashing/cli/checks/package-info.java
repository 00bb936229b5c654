/** {@code lashing checks ...}: the configuration check catalog. */
@NullMarked
package dev.lashing.cli.checks;

import org.jspecify.annotations.NullMarked;
