/**
 * The local store: one SQLite file, schema-versioned ({@code meta.schema_version}, migrations as
 * ordered SQL resources), read through {@link dev.lashing.vulndb.VulnStore} and written through an
 * {@link dev.lashing.vulndb.store.StoreUpdate} that works on a copy and renames it into place when
 * complete, so readers of the old file are never disturbed and an interrupted update changes
 * nothing.
 */
@NullMarked
package dev.lashing.vulndb.store;

import org.jspecify.annotations.NullMarked;
