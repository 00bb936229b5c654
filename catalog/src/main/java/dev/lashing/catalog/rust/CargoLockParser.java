package dev.lashing.catalog.rust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.catalog.Toml;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Cargo.lock}: {@code [[package]]} tables; {@code dependencies} entries are {@code name},
 * {@code name version} or {@code name version (source)}.
 */
final class CargoLockParser {
  private CargoLockParser() {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    JsonNode root = Toml.read(content);
    JsonNode list = root.path("package");
    if (!list.isArray()) {
      throw new MalformedFileException("no [[package]] tables");
    }
    List<Package> packages = new ArrayList<>();
    Map<String, List<Package>> byName = new HashMap<>();
    for (JsonNode p : list) {
      String name = LanguagePackages.text(p, "name");
      String version = LanguagePackages.text(p, "version");
      if (name == null || version == null) {
        throw new MalformedFileException("[[package]] without name or version");
      }
      Package pkg = Crates.of(name, version, LanguagePackages.text(p, "source"), foundBy, location);
      packages.add(pkg);
      byName.computeIfAbsent(name, k -> new ArrayList<>()).add(pkg);
    }
    List<Relationship> rels = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      for (JsonNode d : list.get(i).path("dependencies")) {
        String[] f = d.asText().split(" ");
        List<Package> candidates = byName.getOrDefault(f[0], List.of());
        Package to =
            candidates.size() == 1
                ? candidates.getFirst()
                : candidates.stream()
                    .filter(c -> f.length > 1 && c.version().equals(f[1]))
                    .findFirst()
                    .orElse(null);
        if (to != null) {
          rels.add(new Relationship(packages.get(i).id(), to.id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
    return new CatalogResult(packages, rels, Set.of());
  }
}
