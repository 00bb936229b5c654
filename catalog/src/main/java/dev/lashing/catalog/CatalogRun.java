package dev.lashing.catalog;

import dev.lashing.image.fs.FileEntry;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * One cataloger's work over one file view ({@link Cataloger#start}): which files it reads and what
 * it makes of their bytes. {@link Catalog#run} asks every run which files it wants, reads all of
 * them in one batched pass over the view (one pass per layer, files in layer order) and hands each
 * file's bytes to every run that wants it.
 *
 * <p>Warnings given to a per-file callback belong to that file: for language catalogers they are
 * dropped with the file's packages when an OS package owns the file.
 */
public interface CatalogRun {

  /**
   * Whether this run reads {@code file}, from its metadata alone (path, size, mode, layer). Called
   * once for every regular file of the view, in path order, from one thread, before any content is
   * read. A file the run would want but will not read (too large) is reported to {@code warnings}
   * and answered {@code false}. The answer must not depend on other files' contents.
   */
  boolean wants(FileEntry file, Consumer<String> warnings);

  /**
   * The whole content of one wanted file; returns what this file alone yields ({@link
   * CatalogResult#EMPTY} for a run that combines several files and answers in {@link #finish}).
   * Called once per wanted file, possibly from several threads at once for different files. The
   * array is shared with other runs and must not be modified. Malformed content is reported to
   * {@code warnings}, never thrown.
   */
  CatalogResult read(FileEntry file, byte[] content, Consumer<String> warnings);

  /**
   * Called once after every wanted file was read.
   *
   * @throws IOException when the view itself cannot be read
   */
  CatalogResult finish(Consumer<String> warnings) throws IOException;
}
