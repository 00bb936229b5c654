package dev.lashing.vulndb;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the store knows about one loaded source.
 *
 * @param name the source name
 * @param url where it was fetched from (or the imported path as a URI)
 * @param fetchedAt when it was last fetched or imported
 * @param records how many records (advisories, KEV entries or EPSS scores) it holds
 * @param etag the last ETag seen, for conditional requests
 * @param lastModified the last Last-Modified header seen, verbatim
 */
public record SourceInfo(
    String name,
    String url,
    Instant fetchedAt,
    long records,
    @Nullable String etag,
    @Nullable String lastModified) {}
