package dev.lashing.catalog.rpm;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.PackageIds;
import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.Distro;
import dev.lashing.image.fs.FileEntry;
import dev.lashing.model.Location;
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
import java.util.Set;
import java.util.function.Consumer;

/** Turns rpm headers into packages, owned paths and Requires relations. */
final class RpmPackages {
  private final Distro distro;
  private final String foundBy;
  private final Map<Package, RpmEntry> entries = new LinkedHashMap<>();
  private final Set<String> owned = new HashSet<>();

  RpmPackages(Distro distro, String foundBy) {
    this.distro = distro;
    this.foundBy = foundBy;
  }

  void addAll(FileEntry db, List<byte[]> blobs, Consumer<String> problems) {
    for (int i = 0; i < blobs.size(); i++) {
      try {
        RpmEntry e = RpmHeaderParser.parse(blobs.get(i));
        if (e.name().equals("gpg-pubkey")) {
          continue;
        }
        entries.put(toPackage(db, e), e);
        owned.addAll(e.files());
      } catch (DbFormatException | IllegalArgumentException ex) {
        problems.accept("record " + (i + 1) + ": " + ex.getMessage());
      }
    }
  }

  private Package toPackage(FileEntry db, RpmEntry e) throws DbFormatException {
    List<Location> locations = List.of(db.location());
    String vr = e.release().isEmpty() ? e.version() : e.version() + "-" + e.release();
    SourceRpm src = SourceRpm.parse(e.sourceRpm());
    Map<String, String> q = new LinkedHashMap<>();
    q.put("arch", e.arch());
    q.put("epoch", e.epoch() == null ? null : e.epoch().toString());
    q.put("upstream", e.sourceRpm());
    String idName = e.arch() == null ? e.name() : e.name() + "." + e.arch();
    return new Package(
        PackageIds.of(PackageType.RPM, idName, e.fullVersion(), locations),
        e.name(),
        e.fullVersion(),
        PackageType.RPM,
        distro.purl(PackageType.RPM, e.name(), vr.isEmpty() ? null : vr, q),
        distro.namespace(),
        src == null || src.name().equals(e.name()) ? null : src.name(),
        src == null || src.versionRelease().equals(vr) ? null : src.versionRelease(),
        e.arch(),
        e.license() == null ? List.of() : List.of(e.license()),
        e.vendor(),
        foundBy,
        locations,
        e.epoch() == null ? Map.of() : Map.of("epoch", e.epoch().toString()));
  }

  CatalogResult result() {
    Map<String, Package> provided = new HashMap<>();
    entries.forEach((p, e) -> e.provides().forEach(v -> provided.putIfAbsent(v, p)));
    entries.forEach((p, e) -> e.files().forEach(f -> provided.putIfAbsent(f, p)));
    entries.forEach((p, e) -> provided.put(e.name(), p));
    Set<Relationship> rels = new LinkedHashSet<>();
    entries.forEach(
        (p, e) -> {
          for (String r : e.requires()) {
            Package to = provided.get(r);
            if (to != null && to != p) {
              rels.add(new Relationship(p.id(), to.id(), Relationship.Kind.DEPENDS_ON));
            }
          }
        });
    return new CatalogResult(new ArrayList<>(entries.keySet()), List.copyOf(rels), owned);
  }
}
