package dev.lashing.catalog.distro;

import dev.lashing.catalog.CatalogContext;
import dev.lashing.image.fs.FileEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bounded batch reads for catalogers: files over the cap are skipped with a warning. */
public final class DbReads {
  private DbReads() {}

  /**
   * The content of each regular file in {@code files} no larger than {@code maxBytes}, by path,
   * read in one batch; larger files are reported through {@code ctx} and left out.
   *
   * @throws IOException when the view itself cannot be read
   */
  public static Map<String, byte[]> readAll(
      CatalogContext ctx, String cataloger, Collection<FileEntry> files, int maxBytes)
      throws IOException {
    List<FileEntry> wanted = new ArrayList<>();
    for (FileEntry e : files) {
      if (!e.isRegular()) {
        continue;
      }
      if (e.size() > maxBytes) {
        ctx.warn(
            cataloger
                + ": "
                + e.location()
                + ": skipped, "
                + e.size()
                + " bytes is over the limit of "
                + maxBytes);
      } else {
        wanted.add(e);
      }
    }
    Map<String, byte[]> out = new HashMap<>();
    ctx.files().readEach(wanted, (e, in) -> out.put(e.path(), in.readNBytes(maxBytes)));
    return out;
  }

  /** Reports a malformed file: the cataloger, the file (and layer) and what is wrong. */
  public static void warnMalformed(CatalogContext ctx, String cataloger, FileEntry e, String why) {
    ctx.warn(cataloger + ": " + e.location() + ": skipped, " + why);
  }
}
