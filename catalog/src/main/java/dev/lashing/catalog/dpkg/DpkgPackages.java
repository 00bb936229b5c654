package dev.lashing.catalog.dpkg;

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
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Turns parsed dpkg entries into packages, owned paths and Depends relations. */
final class DpkgPackages {
  private final Distro distro;
  private final Map<String, byte[]> extras;
  private final String foundBy;
  private final List<Package> packages = new ArrayList<>();
  private final Map<Package, DpkgEntry> entries = new LinkedHashMap<>();
  private final Set<String> owned = new HashSet<>();

  DpkgPackages(Distro distro, Map<String, byte[]> extras, String foundBy) {
    this.distro = distro;
    this.extras = extras;
    this.foundBy = foundBy;
  }

  /** The files that may list what {@code p} owns, for a database at {@code dbPath}. */
  static List<String> ownedFileCandidates(String dbPath, DpkgEntry p) {
    List<String> out = new ArrayList<>();
    if (!dbPath.equals(DpkgCataloger.STATUS)) {
      out.add(dbPath + ".md5sums");
    }
    String info = "/var/lib/dpkg/info/";
    for (String base : List.of(p.name() + ":" + p.arch(), p.name())) {
      for (String ext : List.of(".list", ".md5sums", ".conffiles")) {
        out.add(info + base + ext);
      }
    }
    return out;
  }

  static String copyrightPath(DpkgEntry p) {
    return "/usr/share/doc/" + p.name() + "/copyright";
  }

  void addAll(FileEntry db, List<DpkgEntry> found, Consumer<String> warn) {
    for (DpkgEntry e : found) {
      try {
        Package p = toPackage(db, e);
        packages.add(p);
        entries.put(p, e);
      } catch (DbFormatException | IllegalArgumentException ex) {
        warn.accept("line " + e.line() + ": " + ex.getMessage());
      }
    }
  }

  private Package toPackage(FileEntry db, DpkgEntry e) throws DbFormatException {
    List<Location> locations = List.of(db.location());
    String idName = e.arch() == null ? e.name() : e.name() + ":" + e.arch();
    String source = Objects.equals(e.sourceName(), e.name()) ? null : e.sourceName();
    String upstream =
        e.sourceName() == null
            ? null
            : e.sourceVersion() == null ? source : e.sourceName() + "@" + e.sourceVersion();
    Map<String, String> q = new LinkedHashMap<>();
    q.put("arch", e.arch());
    q.put("upstream", upstream);
    String purl =
        distro.purl(PackageType.DEB, e.name(), e.version().isEmpty() ? null : e.version(), q);
    Map<String, String> metadata = new HashMap<>();
    if (e.status() != null) {
      metadata.put("status", e.status());
    }
    byte[] copyright = extras.get(copyrightPath(e));
    owned.addAll(ownedPaths(db.path(), e));
    return new Package(
        PackageIds.of(PackageType.DEB, idName, e.version(), locations),
        e.name(),
        e.version(),
        PackageType.DEB,
        purl,
        distro.namespace(),
        source,
        e.sourceVersion() == null || e.sourceVersion().equals(e.version())
            ? null
            : e.sourceVersion(),
        e.arch(),
        copyright == null ? List.of() : DpkgFiles.licenses(copyright),
        e.maintainer(),
        foundBy,
        locations,
        metadata);
  }

  private Set<String> ownedPaths(String dbPath, DpkgEntry e) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : ownedFileCandidates(dbPath, e)) {
      byte[] data = extras.get(f);
      if (data == null) {
        continue;
      }
      if (f.endsWith(".list")) {
        out.addAll(DpkgFiles.list(data));
      } else if (f.endsWith(".md5sums")) {
        out.addAll(DpkgFiles.md5sums(data));
      } else {
        out.addAll(DpkgFiles.conffiles(data));
      }
    }
    return out;
  }

  CatalogResult result() {
    Map<String, List<Package>> byName = new HashMap<>();
    for (Map.Entry<Package, DpkgEntry> en : entries.entrySet()) {
      byName.computeIfAbsent(en.getValue().name(), k -> new ArrayList<>()).add(en.getKey());
    }
    Map<String, List<Package>> byProvides = new HashMap<>();
    for (Map.Entry<Package, DpkgEntry> en : entries.entrySet()) {
      for (String v : en.getValue().provides()) {
        byProvides.computeIfAbsent(v, k -> new ArrayList<>()).add(en.getKey());
      }
    }
    Set<Relationship> rels = new LinkedHashSet<>();
    for (Map.Entry<Package, DpkgEntry> en : entries.entrySet()) {
      for (List<String> group : en.getValue().depends()) {
        Package to = resolve(group, byName, byProvides);
        if (to != null && to != en.getKey()) {
          rels.add(new Relationship(en.getKey().id(), to.id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
    return new CatalogResult(packages, List.copyOf(rels), owned);
  }

  private static @Nullable Package resolve(
      List<String> alternatives,
      Map<String, List<Package>> byName,
      Map<String, List<Package>> byProvides) {
    for (String alt : alternatives) {
      List<Package> hit = byName.getOrDefault(alt, byProvides.get(alt));
      if (hit != null && !hit.isEmpty()) {
        return hit.getFirst();
      }
    }
    return null;
  }
}
