/** Image source over the OCI distribution API (java.net.http): auth, retries, verified blobs. */
@NullMarked
package dev.lashing.image.registry;

import org.jspecify.annotations.NullMarked;
