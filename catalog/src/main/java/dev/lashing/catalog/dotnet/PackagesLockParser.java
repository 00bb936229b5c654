package dev.lashing.catalog.dotnet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * NuGet {@code packages.lock.json}: per target framework, each package's {@code resolved} version
 * and {@code type} (Direct, Transitive; Project references are the build's own projects).
 */
final class PackagesLockParser {
  private PackagesLockParser() {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    JsonNode frameworks = LanguagePackages.json(content).path("dependencies");
    if (!frameworks.isObject()) {
      throw new MalformedFileException("no 'dependencies' object");
    }
    Map<String, Package> byKey = new LinkedHashMap<>();
    Set<Relationship> rels = new LinkedHashSet<>();
    for (JsonNode fw : frameworks) {
      Map<String, Package> inFramework = new LinkedHashMap<>();
      for (var f : fw.properties()) {
        String type = LanguagePackages.text(f.getValue(), "type");
        String version = LanguagePackages.text(f.getValue(), "resolved");
        if ("Project".equals(type) || version == null) {
          continue;
        }
        String key = f.getKey().toLowerCase(Locale.ROOT) + "@" + version;
        Package p = byKey.get(key);
        if (p == null) {
          Map<String, String> meta = type == null ? Map.of() : Map.of("type", type);
          p =
              LanguagePackages.of(
                  PackageType.NUGET,
                  null,
                  f.getKey(),
                  version,
                  List.of(),
                  null,
                  foundBy,
                  location,
                  meta);
          byKey.put(key, p);
        }
        inFramework.put(f.getKey().toLowerCase(Locale.ROOT), p);
      }
      for (var f : fw.properties()) {
        Package from = inFramework.get(f.getKey().toLowerCase(Locale.ROOT));
        for (var d : f.getValue().path("dependencies").properties()) {
          Package to = inFramework.get(d.getKey().toLowerCase(Locale.ROOT));
          if (from != null && to != null) {
            rels.add(new Relationship(from.id(), to.id(), Relationship.Kind.DEPENDS_ON));
          }
        }
      }
    }
    return new CatalogResult(new ArrayList<>(byKey.values()), new ArrayList<>(rels), Set.of());
  }
}
