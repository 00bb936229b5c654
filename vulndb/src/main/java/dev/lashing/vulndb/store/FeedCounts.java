package dev.lashing.vulndb.store;

/**
 * What one feed (or one import) did to the store.
 *
 * @param written advisories, KEV entries and EPSS scores inserted or changed
 * @param unchanged records read whose stored copy was already identical
 * @param deleted records that disappeared from a full export and were removed
 * @param skipped records the source skipped with a warning (invalid records)
 * @param withdrawn withdrawn advisories read (kept, marked withdrawn)
 */
public record FeedCounts(long written, long unchanged, long deleted, long skipped, long withdrawn) {

  public static final FeedCounts NONE = new FeedCounts(0, 0, 0, 0, 0);

  public FeedCounts plus(FeedCounts o) {
    return new FeedCounts(
        written + o.written,
        unchanged + o.unchanged,
        deleted + o.deleted,
        skipped + o.skipped,
        withdrawn + o.withdrawn);
  }

  /** Records read: written plus unchanged. */
  public long read() {
    return written + unchanged;
  }
}
