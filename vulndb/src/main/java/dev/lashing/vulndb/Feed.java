package dev.lashing.vulndb;

import java.net.URI;

/**
 * One upstream file (or the first page of a paged API) a source reads.
 *
 * @param name a stable name within the source ({@code Debian}, {@code all}, {@code v3.10-main}),
 *     used as a key for ETag/Last-Modified bookkeeping and in {@code lashing db info}
 * @param url the real default URL
 */
public record Feed(String name, URI url) {}
