package dev.lashing.vulndb.fetch;

import dev.lashing.vulndb.store.FeedCounts;
import org.jspecify.annotations.Nullable;

/**
 * What an update or import did for one source.
 *
 * @param source the source name
 * @param status {@code updated}, {@code not-modified}, {@code imported} or {@code failed}
 * @param counts records written, unchanged, deleted, skipped, withdrawn
 * @param error the one-line failure, for {@code failed}
 */
public record SourceResult(
    String source, String status, FeedCounts counts, @Nullable String error) {

  public boolean failed() {
    return error != null;
  }
}
