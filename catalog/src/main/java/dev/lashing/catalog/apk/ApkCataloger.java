package dev.lashing.catalog.apk;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.CatalogRun;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.PackageIds;
import dev.lashing.catalog.distro.DbFiles;
import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.Distro;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Finds Alpine packages in {@code /lib/apk/db/installed}, their files and dependencies. */
public final class ApkCataloger implements Cataloger {
  static final String NAME = "apk-db-cataloger";
  static final String DB = "/lib/apk/db/installed";
  static final int MAX_DB_BYTES = 64 << 20;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> tags() {
    return Set.of("os", "image", "directory", "installed", "alpine", "apk");
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public CatalogRun start(FileResolver files, @Nullable OsInfo os) {
    Optional<FileEntry> db = files.file(DB).filter(FileEntry::isRegular);
    DbFiles read = new DbFiles(NAME);
    db.ifPresent(e -> read.want(e, MAX_DB_BYTES));
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
      public CatalogResult finish(Consumer<String> warnings) {
        return db.isEmpty() ? CatalogResult.EMPTY : catalog(os, db.get(), read, warnings);
      }
    };
  }

  private static CatalogResult catalog(
      @Nullable OsInfo os, FileEntry db, DbFiles read, Consumer<String> warnings) {
    byte[] data = read.content(db);
    if (data == null) {
      return CatalogResult.EMPTY;
    }
    List<ApkEntry> entries;
    try {
      entries = ApkDbParser.parse(data);
    } catch (DbFormatException e) {
      DbFiles.warnMalformed(warnings, NAME, db, e.getMessage());
      return CatalogResult.EMPTY;
    }
    Distro distro = Distro.of(os, "alpine");
    Map<ApkEntry, Package> packages = new LinkedHashMap<>();
    Set<String> owned = new HashSet<>();
    for (ApkEntry e : entries) {
      try {
        packages.put(e, toPackage(distro, db, e));
        owned.addAll(e.files());
      } catch (DbFormatException | IllegalArgumentException ex) {
        DbFiles.warnMalformed(warnings, NAME, db, "line " + e.line() + ": " + ex.getMessage());
      }
    }
    return new CatalogResult(List.copyOf(packages.values()), relationships(packages), owned);
  }

  private static Package toPackage(Distro distro, FileEntry db, ApkEntry e)
      throws DbFormatException {
    List<Location> locations = List.of(db.location());
    String source = e.origin() == null || e.origin().equals(e.name()) ? null : e.origin();
    Map<String, String> q = new LinkedHashMap<>();
    q.put("arch", e.arch());
    q.put("upstream", source);
    return new Package(
        PackageIds.of(PackageType.APK, e.name(), e.version(), locations),
        e.name(),
        e.version(),
        PackageType.APK,
        distro.purl(PackageType.APK, e.name(), e.version().isEmpty() ? null : e.version(), q),
        distro.namespace(),
        source,
        null,
        e.arch(),
        e.license() == null ? List.of() : List.of(e.license()),
        e.maintainer(),
        NAME,
        locations,
        Map.of());
  }

  private static List<Relationship> relationships(Map<ApkEntry, Package> packages) {
    Map<String, Package> provided = new HashMap<>();
    packages.forEach((e, p) -> e.provides().forEach(v -> provided.putIfAbsent(v, p)));
    packages.forEach((e, p) -> provided.put(e.name(), p));
    Set<Relationship> out = new LinkedHashSet<>();
    packages.forEach(
        (e, p) -> {
          for (String d : e.depends()) {
            Package to = provided.get(d);
            if (to != null && to != p) {
              out.add(new Relationship(p.id(), to.id(), Relationship.Kind.DEPENDS_ON));
            }
          }
        });
    return new ArrayList<>(out);
  }
}
