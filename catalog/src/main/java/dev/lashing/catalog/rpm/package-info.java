/**
 * Red Hat–family packages: the rpm database in its three formats (Berkeley DB hash {@code
 * Packages}, NDB {@code Packages.db}, SQLite {@code rpmdb.sqlite}), read without the rpm binary by
 * parsing the header blobs each record holds.
 */
@NullMarked
package dev.lashing.catalog.rpm;

import org.jspecify.annotations.NullMarked;
