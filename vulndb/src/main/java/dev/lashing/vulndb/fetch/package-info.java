/**
 * Getting data into the store: {@link dev.lashing.vulndb.fetch.Updater} downloads every feed of the
 * selected sources over HTTPS (conditional requests, gzip, retries with backoff, a stall timeout)
 * and applies them as a delta on a copy of the store; {@link dev.lashing.vulndb.fetch.Importer}
 * reads local files (OSV directories and zips, feed files of registered sources, exported store
 * files) for air-gapped machines.
 */
@NullMarked
package dev.lashing.vulndb.fetch;

import org.jspecify.annotations.NullMarked;
