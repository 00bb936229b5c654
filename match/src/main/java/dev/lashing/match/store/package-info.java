/**
 * Which vulnerability store a scan reads: the {@link dev.lashing.match.store.StoreProvider} seam
 * and the bundled offline snapshot.
 */
@NullMarked
package dev.lashing.match.store;

import org.jspecify.annotations.NullMarked;
