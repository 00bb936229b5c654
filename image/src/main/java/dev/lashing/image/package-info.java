/**
 * Opening container images: {@link dev.lashing.image.ImageSources} turns what a user names (a
 * registry reference, a docker-archive tar, an OCI layout, a root filesystem directory) into an
 * {@link dev.lashing.image.Image}; {@link dev.lashing.image.fs.FileViews} indexes its layers into
 * squashed and all-layers {@link dev.lashing.image.fs.FileResolver} views.
 */
@NullMarked
package dev.lashing.image;

import org.jspecify.annotations.NullMarked;
