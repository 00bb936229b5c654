/** File views over an image: per-layer indexes, the squashed and all-layers resolvers. */
@NullMarked
package dev.lashing.image.fs;

import org.jspecify.annotations.NullMarked;
