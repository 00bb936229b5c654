/** Image sources read from local files: docker-archive tars and OCI image layouts. */
@NullMarked
package dev.lashing.image.archive;

import org.jspecify.annotations.NullMarked;
