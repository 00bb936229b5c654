package dev.lashing.catalog.golang;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module info text of a Go binary ({@code path}, {@code mod}, {@code dep}, {@code =>}, {@code
 * build} lines) → the main module, its dependencies (replacements applied) and {@code stdlib} at
 * the toolchain version; the main module CONTAINS the others.
 */
final class ModInfo {
  private ModInfo() {}

  private static final int MAX_LINES = 100_000;

  /** {@code -X main.version=v1.0.0} and the like: the version a build stamped in. */
  private static final Pattern LDFLAGS_VERSION =
      Pattern.compile("-X[ =]['\"]?[\\w./-]*\\.(?:version|Version)=(v?\\d[^\\s'\"]*)");

  static CatalogResult parse(String goVersion, String mod, Location location, String foundBy)
      throws MalformedFileException {
    String[] main = null;
    List<String[]> deps = new ArrayList<>();
    Map<String, String> build = new LinkedHashMap<>();
    String[] lines = mod.split("\n", MAX_LINES);
    for (String line : lines) {
      String[] f = line.split("\t");
      switch (f[0]) {
        case "mod" -> main = f;
        case "dep" -> deps.add(f);
        case "=>" -> {
          if (!deps.isEmpty() && f.length >= 2) {
            String[] orig = deps.removeLast();
            String version = f.length >= 3 ? f[2] : "";
            deps.add(
                version.isEmpty()
                    ? new String[] {"dep", orig[1], orig.length > 2 ? orig[2] : "", "", f[1]}
                    : new String[] {"dep", f[1], version, "", orig[1]});
          }
        }
        case "build" -> {
          if (f.length >= 2 && f[1].indexOf('=') > 0) {
            build.put(f[1].substring(0, f[1].indexOf('=')), f[1].substring(f[1].indexOf('=') + 1));
          }
        }
        default -> {}
      }
    }
    List<Package> packages = new ArrayList<>();
    List<Relationship> rels = new ArrayList<>();
    Package mainPkg = null;
    if (main != null && main.length >= 2) {
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("goVersion", goVersion);
      for (String k : new String[] {"GOOS", "GOARCH", "vcs.revision", "-ldflags"}) {
        if (build.containsKey(k)) {
          meta.put(k, build.get(k));
        }
      }
      String v = main.length >= 3 && !main[2].isEmpty() ? main[2] : "(devel)";
      Matcher ld = LDFLAGS_VERSION.matcher(build.getOrDefault("-ldflags", ""));
      if (v.equals("(devel)") && ld.find()) {
        v = ld.group(1);
        meta.put("versionFrom", "-ldflags");
      }
      mainPkg = GoModules.of(main[1], v, foundBy, location, meta);
      packages.add(mainPkg);
    }
    for (String[] d : deps) {
      if (d.length < 3 || d[1].isEmpty() || d[2].isEmpty()) {
        continue;
      }
      Map<String, String> meta = new LinkedHashMap<>();
      if (d.length >= 5) {
        meta.put(d[4].startsWith(".") || d[4].startsWith("/") ? "replacedBy" : "replaces", d[4]);
      }
      if (d.length >= 4 && !d[3].isEmpty()) {
        meta.put("h1", d[3]);
      }
      packages.add(GoModules.of(d[1], d[2], foundBy, location, meta));
    }
    String toolchain = goVersion.strip().split("\\s+")[0];
    if (toolchain.startsWith("go") && toolchain.length() > 2) {
      packages.add(GoModules.of("stdlib", toolchain.substring(2), foundBy, location, Map.of()));
    }
    if (packages.isEmpty()) {
      throw new MalformedFileException("Go build information names no module");
    }
    if (mainPkg != null) {
      for (Package p : packages) {
        if (p != mainPkg) {
          rels.add(new Relationship(mainPkg.id(), p.id(), Relationship.Kind.CONTAINS));
        }
      }
    }
    return new CatalogResult(packages, rels, Set.of());
  }
}
