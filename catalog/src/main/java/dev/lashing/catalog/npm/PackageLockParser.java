package dev.lashing.catalog.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code package-lock.json}: v2/v3 {@code packages} keyed by install path, or the v1 nested {@code
 * dependencies} tree, read into the same install-path form. Dependencies resolve the way Node does:
 * the nearest {@code node_modules} up the path.
 */
final class PackageLockParser {
  private PackageLockParser() {}

  private static final int MAX_DEPTH = 64;

  private record Entry(String name, String version, boolean dev, List<String> deps) {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    JsonNode root = LanguagePackages.json(content);
    if (!root.isObject()) {
      throw new MalformedFileException("package-lock.json is not a JSON object");
    }
    Map<String, Entry> byPath = new LinkedHashMap<>();
    JsonNode packages = root.get("packages");
    if (packages != null && packages.isObject()) {
      for (var f : packages.properties()) {
        JsonNode e = f.getValue();
        if (f.getKey().isEmpty() || !e.isObject() || e.path("link").asBoolean(false)) {
          continue;
        }
        String name = LanguagePackages.text(e, "name");
        add(byPath, f.getKey(), name == null ? NpmPackages.nameFromPath(f.getKey()) : name, e);
      }
    } else if (root.get("dependencies") instanceof JsonNode deps && deps.isObject()) {
      v1(byPath, "", deps, 0);
    } else {
      throw new MalformedFileException("neither 'packages' nor 'dependencies' in the lockfile");
    }
    Map<String, Package> pkgs = new LinkedHashMap<>();
    for (var e : byPath.entrySet()) {
      Entry en = e.getValue();
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("installPath", e.getKey());
      if (en.dev()) {
        meta.put("dev", "true");
      }
      pkgs.put(
          e.getKey(),
          NpmPackages.of(en.name(), en.version(), List.of(), null, foundBy, location, meta));
    }
    List<Relationship> rels = new ArrayList<>();
    for (var e : byPath.entrySet()) {
      for (String dep : e.getValue().deps()) {
        Package target = resolve(pkgs, e.getKey(), dep);
        if (target != null) {
          rels.add(
              new Relationship(
                  pkgs.get(e.getKey()).id(), target.id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
    return new CatalogResult(new ArrayList<>(pkgs.values()), rels, Set.of());
  }

  private static void v1(Map<String, Entry> out, String prefix, JsonNode deps, int depth)
      throws MalformedFileException {
    if (depth > MAX_DEPTH) {
      throw new MalformedFileException("dependencies nested deeper than " + MAX_DEPTH);
    }
    for (var f : deps.properties()) {
      JsonNode e = f.getValue();
      if (!e.isObject()) {
        continue;
      }
      String path = prefix + "node_modules/" + f.getKey();
      add(out, path, f.getKey(), e);
      if (e.get("dependencies") instanceof JsonNode nested && nested.isObject()) {
        v1(out, path + "/", nested, depth + 1);
      }
    }
  }

  private static void add(Map<String, Entry> out, String path, String name, JsonNode e) {
    String version = LanguagePackages.text(e, "version");
    if (version == null || version.isBlank()) {
      return;
    }
    if (version.startsWith("npm:") && version.lastIndexOf('@') > 4) {
      name = version.substring(4, version.lastIndexOf('@'));
      version = version.substring(version.lastIndexOf('@') + 1);
    }
    List<String> deps = new ArrayList<>();
    for (String field : List.of("requires", "dependencies", "optionalDependencies")) {
      JsonNode d = e.get(field);
      if (d != null && d.isObject()) {
        for (var x : d.properties()) {
          if (x.getValue().isTextual() || field.equals("requires")) {
            deps.add(x.getKey());
          }
        }
      }
    }
    boolean dev = e.path("dev").asBoolean(false) || e.path("devOptional").asBoolean(false);
    out.put(path, new Entry(name, version, dev, deps));
  }

  private static @Nullable Package resolve(Map<String, Package> pkgs, String from, String dep) {
    String base = from;
    while (true) {
      Package p = pkgs.get(base + "/node_modules/" + dep);
      if (p != null) {
        return p;
      }
      int i = base.lastIndexOf("/node_modules/");
      if (i < 0) {
        return pkgs.get("node_modules/" + dep);
      }
      base = base.substring(0, i);
    }
  }
}
