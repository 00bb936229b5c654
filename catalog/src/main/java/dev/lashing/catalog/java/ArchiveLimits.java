package dev.lashing.catalog.java;

/**
 * Caps for reading one top-level archive and everything nested in it (zip bombs, absurd nesting).
 *
 * @param maxArchiveBytes the largest archive (top-level or nested) read into memory
 * @param maxEntries entries visited across the archive and its nested archives
 * @param maxInflatedBytes bytes inflated across the archive and its nested archives
 * @param maxDepth nesting depth (the top-level archive is depth 0)
 * @param maxMetadataBytes the largest manifest or pom.properties read
 */
record ArchiveLimits(
    int maxArchiveBytes,
    int maxEntries,
    long maxInflatedBytes,
    int maxDepth,
    int maxMetadataBytes) {

  static final ArchiveLimits DEFAULTS = new ArchiveLimits(256 << 20, 200_000, 2L << 30, 4, 1 << 20);
}
