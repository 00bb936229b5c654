package dev.lashing.catalog;

import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a cataloger sees: the file view, the detected OS, the paths OS packages own (so language
 * catalogers do not report an OS-owned file twice), and where warnings go.
 *
 * @param files the squashed view of an image, or a directory
 * @param os the operating system, when detected
 * @param osOwnedPaths absolute paths owned by OS packages (empty while the OS catalogers run)
 * @param warnings receives one-line warnings naming the file and what is wrong
 */
public record CatalogContext(
    FileResolver files, @Nullable OsInfo os, Set<String> osOwnedPaths, Consumer<String> warnings) {

  public CatalogContext {
    osOwnedPaths = Set.copyOf(osOwnedPaths);
  }

  /** Reports a problem with one input file; the cataloger goes on with the others. */
  public void warn(String message) {
    warnings.accept(message);
  }

  /** Whether an OS package owns this absolute path. */
  public boolean ownedByOs(String path) {
    return osOwnedPaths.contains(path);
  }
}
