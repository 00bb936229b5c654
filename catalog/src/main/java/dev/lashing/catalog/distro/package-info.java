/**
 * What the OS catalogers share: the purl namespace and {@code distro=} qualifier taken from the
 * detected {@link dev.lashing.model.OsInfo}, path normalization for owned files, and the exception
 * their parsers throw on malformed databases.
 */
@NullMarked
package dev.lashing.catalog.distro;

import org.jspecify.annotations.NullMarked;
