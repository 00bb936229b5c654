package dev.lashing.catalog.rpm;

import dev.lashing.catalog.CatalogContext;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.DbReads;
import dev.lashing.catalog.distro.Distro;
import dev.lashing.image.fs.FileEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds rpm packages in the rpm database of {@code /var/lib/rpm}, {@code /usr/lib/sysimage/rpm} or
 * {@code /usr/share/rpm}: per directory the database rpm itself would open ({@code rpmdb.sqlite},
 * else {@code Packages.db}, else {@code Packages}), its format told by its magic bytes.
 */
public final class RpmCataloger implements Cataloger {
  static final String NAME = "rpm-db-cataloger";
  static final List<String> DIRS =
      List.of("/var/lib/rpm", "/usr/lib/sysimage/rpm", "/usr/share/rpm");
  static final List<String> FILES = List.of("rpmdb.sqlite", "Packages.db", "Packages");
  static final int MAX_DB_BYTES = 512 << 20;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> tags() {
    return Set.of("os", "image", "directory", "installed", "redhat", "rpm");
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public CatalogResult catalog(CatalogContext ctx) throws IOException {
    Map<String, FileEntry> dbs = new LinkedHashMap<>();
    for (String dir : DIRS) {
      for (String f : FILES) {
        Optional<FileEntry> e = ctx.files().file(dir + "/" + f).filter(FileEntry::isRegular);
        if (e.isPresent()) {
          dbs.putIfAbsent(e.get().path(), e.get());
          break;
        }
      }
    }
    if (dbs.isEmpty()) {
      return CatalogResult.EMPTY;
    }
    Map<String, byte[]> content = DbReads.readAll(ctx, NAME, dbs.values(), MAX_DB_BYTES);
    RpmPackages builder = new RpmPackages(Distro.of(ctx.os(), "redhat"), NAME);
    for (FileEntry db : dbs.values()) {
      byte[] data = content.get(db.path());
      if (data == null) {
        continue;
      }
      List<byte[]> blobs;
      try {
        blobs = blobs(data);
      } catch (DbFormatException e) {
        DbReads.warnMalformed(ctx, NAME, db, e.getMessage());
        continue;
      }
      List<String> problems = new ArrayList<>();
      builder.addAll(db, blobs, problems::add);
      if (!problems.isEmpty()) {
        ctx.warn(
            NAME
                + ": "
                + db.location()
                + ": "
                + problems.size()
                + " record(s) skipped, first: "
                + problems.getFirst());
      }
    }
    return builder.result();
  }

  /** The header blobs of an rpm database in any of the three formats. */
  static List<byte[]> blobs(byte[] data) throws DbFormatException, IOException {
    if (SqliteReader.looksLike(data)) {
      return SqliteReader.read(data);
    }
    if (NdbReader.looksLike(data)) {
      return NdbReader.read(data);
    }
    return BdbReader.read(data);
  }
}
