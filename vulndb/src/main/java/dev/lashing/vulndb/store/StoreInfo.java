package dev.lashing.vulndb.store;

import dev.lashing.vulndb.SourceInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code lashing db info} shows.
 *
 * @param path the store file
 * @param schemaVersion its schema version
 * @param sizeBytes its size on disk
 * @param advisories advisory records, all sources
 * @param withdrawn of which withdrawn
 * @param kev KEV entries
 * @param epss EPSS scores
 * @param sources one entry per loaded source
 */
public record StoreInfo(
    Path path,
    int schemaVersion,
    long sizeBytes,
    long advisories,
    long withdrawn,
    long kev,
    long epss,
    List<SourceInfo> sources) {

  public StoreInfo {
    sources = List.copyOf(sources);
  }
}
