package dev.lashing.catalog;

import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the packages of one ecosystem in a file view. Implementations are package-private final
 * classes in {@code dev.lashing.catalog.<ecosystem>} with a pure parser (bytes of one file →
 * packages). A cataloger never reads files itself: its {@link CatalogRun} names the files it wants
 * and {@link Catalog#run} reads the files of all catalogers in one pass (ADR 005).
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
   * Starts one run over {@code files}. May look at the view's metadata (entries, globs, {@link
   * FileResolver#file} lookups) but never at file contents, which the run receives from {@link
   * Catalog#run}.
   *
   * @param os the detected operating system, or null
   */
  CatalogRun start(FileResolver files, @Nullable OsInfo os);

  /**
   * Runs this cataloger alone over {@code context}'s view (one read pass), skipping files its
   * {@link CatalogContext#osOwnedPaths} owns. Malformed files become warnings; an {@link
   * IOException} means the view itself could not be read.
   */
  default CatalogResult catalog(CatalogContext context) throws IOException {
    return Catalog.runOne(this, context);
  }
}
