package dev.lashing.catalog;

import java.io.IOException;
import java.util.Set;

/**
 * Finds the packages of one ecosystem in a file view. Implementations are package-private final
 * classes in {@code dev.lashing.catalog.<ecosystem>} with a pure parser (bytes of one file →
 * packages); the cataloger names the files it wants and calls the parser.
 */
public interface Cataloger {
  /** Stable name users select it by, e.g. {@code dpkg-db-cataloger}. */
  String name();

  /**
   * Tags users select groups by: {@code os} or {@code language}; {@code image} and/or {@code
   * directory} (which scans it suits); the ecosystem ({@code java}, {@code python}, …); {@code
   * installed} or {@code declared} (lockfiles).
   */
  Set<String> tags();

  /** Bump when the output for the same input changes (part of any cache key). */
  int version();

  /**
   * Finds packages. Malformed files are reported through {@link CatalogContext#warn} and skipped,
   * never thrown; an {@link IOException} means the view itself could not be read.
   */
  CatalogResult catalog(CatalogContext context) throws IOException;
}
