package dev.lashing.catalog.rpm;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.CatalogRun;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.distro.DbFiles;
import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.Distro;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
  public CatalogRun start(FileResolver files, @Nullable OsInfo os) {
    Map<String, FileEntry> dbs = new LinkedHashMap<>();
    for (String dir : DIRS) {
      for (String f : FILES) {
        Optional<FileEntry> e = files.file(dir + "/" + f).filter(FileEntry::isRegular);
        if (e.isPresent()) {
          dbs.putIfAbsent(e.get().path(), e.get());
          break;
        }
      }
    }
    DbFiles read = new DbFiles(NAME);
    dbs.values().forEach(e -> read.want(e, MAX_DB_BYTES));
    return new CatalogRun() {
      @Override
      public boolean wants(FileEntry file, Consumer<String> warnings) {
        return read.wants(file, warnings);
      }

      @Override
      public CatalogResult read(FileEntry file, byte[] content, Consumer<String> warnings) {
        read.read(file, content);
        return CatalogResult.EMPTY;
      }

      @Override
      public CatalogResult finish(Consumer<String> warnings) throws IOException {
        return dbs.isEmpty() ? CatalogResult.EMPTY : catalog(os, dbs, read, warnings);
      }
    };
  }

  private static CatalogResult catalog(
      @Nullable OsInfo os, Map<String, FileEntry> dbs, DbFiles read, Consumer<String> warnings)
      throws IOException {
    RpmPackages builder = new RpmPackages(Distro.of(os, "redhat"), NAME);
    for (FileEntry db : dbs.values()) {
      byte[] data = read.content(db);
      if (data == null) {
        continue;
      }
      List<byte[]> blobs;
      try {
        blobs = blobs(data);
      } catch (DbFormatException e) {
        DbFiles.warnMalformed(warnings, NAME, db, e.getMessage());
        continue;
      }
      List<String> problems = new ArrayList<>();
      builder.addAll(db, blobs, problems::add);
      if (!problems.isEmpty()) {
        warnings.accept(
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
