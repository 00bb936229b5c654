package dev.lashing.catalog.distro;

import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The database files of one OS cataloger run: chosen from the view's metadata when the run starts,
 * their bytes collected during the shared read pass, each bounded by its own cap.
 */
public final class DbFiles {
  private final String cataloger;
  private final Map<FileEntry, Integer> caps = new HashMap<>();
  private final Map<FileEntry, Boolean> quiet = new HashMap<>();
  private final Map<FileEntry, byte[]> content = new ConcurrentHashMap<>();

  public DbFiles(String cataloger) {
    this.cataloger = cataloger;
  }

  /** Reads {@code e} when it is a regular file no larger than {@code maxBytes}. */
  public void want(FileEntry e, int maxBytes) {
    want(e, maxBytes, false);
  }

  /**
   * Like {@link #want(FileEntry, int)}; with {@code silent}, a file over the cap is left out
   * without a warning (the caller decides later whether it matters, see {@link #warnTooLarge}).
   */
  public void want(FileEntry e, int maxBytes, boolean silent) {
    if (e.isRegular()) {
      caps.merge(e, maxBytes, Math::max);
      quiet.merge(e, silent, Boolean::logicalAnd);
    }
  }

  /** {@link dev.lashing.catalog.CatalogRun#wants}: wanted and within its cap. */
  public boolean wants(FileEntry e, Consumer<String> warnings) {
    Integer cap = caps.get(e);
    if (cap == null) {
      return false;
    }
    if (e.size() > cap) {
      if (!quiet.get(e)) {
        warnTooLarge(warnings, e, cap);
      }
      return false;
    }
    return true;
  }

  /** Keeps the bytes of a wanted file. */
  public void read(FileEntry e, byte[] bytes) {
    content.put(e, bytes);
  }

  /** The bytes of {@code e}, or null when it was not read (not wanted, or over its cap). */
  public byte @Nullable [] content(FileEntry e) {
    return content.get(e);
  }

  /**
   * Reads, in one batch, those of {@code files} that were not collected by the shared pass (a file
   * reached through a path the run could not foresee) and are within {@code maxBytes}.
   */
  public void readMissing(FileResolver view, Collection<FileEntry> files, int maxBytes)
      throws IOException {
    List<FileEntry> missing = new ArrayList<>();
    for (FileEntry e : files) {
      if (e.isRegular() && e.size() <= maxBytes && !content.containsKey(e)) {
        missing.add(e);
      }
    }
    if (!missing.isEmpty()) {
      view.readEach(missing, (e, in) -> content.put(e, in.readNBytes((int) e.size())));
    }
  }

  /** Reports a file over its cap: the cataloger, the file (and layer) and the limit. */
  public void warnTooLarge(Consumer<String> warnings, FileEntry e, int maxBytes) {
    warnings.accept(
        cataloger
            + ": "
            + e.location()
            + ": skipped, "
            + e.size()
            + " bytes is over the limit of "
            + maxBytes);
  }

  /** Reports a malformed file: the cataloger, the file (and layer) and what is wrong. */
  public static void warnMalformed(
      Consumer<String> warnings, String cataloger, FileEntry e, String why) {
    warnings.accept(cataloger + ": " + e.location() + ": skipped, " + why);
  }
}
