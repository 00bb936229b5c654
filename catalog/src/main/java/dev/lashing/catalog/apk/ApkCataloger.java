package dev.lashing.catalog.apk;

import dev.lashing.catalog.CatalogContext;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.PackageIds;
import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.DbReads;
import dev.lashing.catalog.distro.Distro;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Relationship;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  public CatalogResult catalog(CatalogContext ctx) throws IOException {
    Optional<FileEntry> db = ctx.files().file(DB).filter(FileEntry::isRegular);
    if (db.isEmpty()) {
      return CatalogResult.EMPTY;
    }
    byte[] data = DbReads.readAll(ctx, NAME, List.of(db.get()), MAX_DB_BYTES).get(db.get().path());
    if (data == null) {
      return CatalogResult.EMPTY;
    }
    List<ApkEntry> entries;
    try {
      entries = ApkDbParser.parse(data);
    } catch (DbFormatException e) {
      DbReads.warnMalformed(ctx, NAME, db.get(), e.getMessage());
      return CatalogResult.EMPTY;
    }
    Distro distro = Distro.of(ctx.os(), "alpine");
    Map<ApkEntry, Package> packages = new LinkedHashMap<>();
    Set<String> owned = new HashSet<>();
    for (ApkEntry e : entries) {
      try {
        packages.put(e, toPackage(distro, db.get(), e));
        owned.addAll(e.files());
      } catch (DbFormatException | IllegalArgumentException ex) {
        DbReads.warnMalformed(ctx, NAME, db.get(), "line " + e.line() + ": " + ex.getMessage());
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
