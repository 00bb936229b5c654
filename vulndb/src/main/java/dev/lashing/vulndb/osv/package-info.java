/**
 * OSV: the per-ecosystem {@code all.zip} exports of osv.dev (one source per ecosystem, {@code
 * osv-maven}, {@code osv-debian}, ...) and files or directories of OSV JSON or YAML records for
 * {@code lashing db import}. Every record is validated against the OSV schema before it is mapped.
 */
@NullMarked
package dev.lashing.vulndb.osv;

import org.jspecify.annotations.NullMarked;
