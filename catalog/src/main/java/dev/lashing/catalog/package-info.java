/**
 * Catalogers find packages in a {@link dev.lashing.image.fs.FileResolver}: one package per
 * ecosystem ({@code catalog.dpkg}, {@code catalog.apk}, …), each registered by one line in {@link
 * dev.lashing.catalog.Catalogers#defaults()}. They never open the image themselves.
 */
@NullMarked
package dev.lashing.catalog;

import org.jspecify.annotations.NullMarked;
