package dev.lashing.image;

/**
 * Caps that keep a hostile image from exhausting memory or disk: tar entries per layer, bytes of
 * one entry, uncompressed bytes of the whole image, and the largest JSON document read.
 */
public record Limits(long maxEntries, long maxEntryBytes, long maxTotalBytes, int maxJsonBytes) {

  public static final Limits DEFAULTS = new Limits(2_000_000L, 8L << 30, 64L << 30, 8 << 20);

  public Limits {
    if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxJsonBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
