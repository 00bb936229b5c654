package dev.lashing.catalog.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.catalog.Toml;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python lockfiles: {@code poetry.lock} and {@code uv.lock} ({@code [[package]]} tables with their
 * dependencies) and {@code Pipfile.lock} (JSON, {@code default} and {@code develop}).
 */
final class PythonLockParser {
  private PythonLockParser() {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    if (location.path().endsWith("/Pipfile.lock")) {
      return pipfile(location, content, foundBy);
    }
    JsonNode root = Toml.read(content);
    JsonNode packages = root.path("package");
    if (!packages.isArray()) {
      throw new MalformedFileException("no [[package]] tables");
    }
    Map<String, Package> byName = new LinkedHashMap<>();
    Map<String, List<String>> deps = new LinkedHashMap<>();
    for (JsonNode p : packages) {
      String name = LanguagePackages.text(p, "name");
      String version = LanguagePackages.text(p, "version");
      JsonNode source = p.path("source");
      if (name == null || version == null || source.has("editable") || source.has("virtual")) {
        continue; // the project itself, or a package without a version
      }
      Map<String, String> meta = new LinkedHashMap<>();
      String category = LanguagePackages.text(p, "category");
      if (category != null) {
        meta.put("category", category);
      }
      String key = PyPi.normalize(name);
      byName.putIfAbsent(key, PyPi.of(name, version, List.of(), null, foundBy, location, meta));
      List<String> d = new ArrayList<>();
      JsonNode pd = p.path("dependencies");
      if (pd.isObject()) {
        pd.fieldNames().forEachRemaining(n -> d.add(PyPi.normalize(n)));
      } else if (pd.isArray()) {
        for (JsonNode x : pd) {
          String n = LanguagePackages.text(x, "name");
          if (n != null) {
            d.add(PyPi.normalize(n));
          }
        }
      }
      deps.putIfAbsent(key, d);
    }
    List<Relationship> rels = new ArrayList<>();
    for (var e : deps.entrySet()) {
      for (String d : e.getValue()) {
        Package to = byName.get(d);
        if (to != null) {
          rels.add(
              new Relationship(byName.get(e.getKey()).id(), to.id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
    return new CatalogResult(new ArrayList<>(byName.values()), rels, Set.of());
  }

  private static CatalogResult pipfile(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    JsonNode root = LanguagePackages.json(content);
    if (!root.isObject() || !(root.has("default") || root.has("develop"))) {
      throw new MalformedFileException("neither 'default' nor 'develop' in Pipfile.lock");
    }
    List<Package> out = new ArrayList<>();
    for (String section : List.of("default", "develop")) {
      for (var f : root.path(section).properties()) {
        String v = LanguagePackages.text(f.getValue(), "version");
        if (v != null && v.startsWith("==")) {
          Map<String, String> meta = section.equals("develop") ? Map.of("dev", "true") : Map.of();
          out.add(PyPi.of(f.getKey(), v.substring(2), List.of(), null, foundBy, location, meta));
        }
      }
    }
    return CatalogResult.of(out);
  }
}
