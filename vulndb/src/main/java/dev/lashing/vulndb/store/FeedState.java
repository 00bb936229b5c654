package dev.lashing.vulndb.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The conditional-request state of one feed, as the last update left it. */
public record FeedState(
    String url, Instant fetchedAt, @Nullable String etag, @Nullable String lastModified) {}
