package dev.lashing.catalog;

import dev.lashing.model.Location;

/**
 * A pure parser: the bytes of one file → packages (and their relationships). No I/O beyond the
 * bytes given.
 */
@FunctionalInterface
public interface FileParser {
  /**
   * Parses one file.
   *
   * @param location where the file is (its path and layer), used for package locations and ids
   * @param content the whole file, already bounded by the cataloger
   * @throws MalformedFileException when the file is not what it claims to be
   */
  CatalogResult parse(Location location, byte[] content) throws MalformedFileException;
}
