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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code *.deps.json}: {@code libraries} of type {@code package} ({@code Name/Version} keys), with
 * the dependencies the {@code targets} list for them.
 */
final class DepsJsonParser {
  private DepsJsonParser() {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    JsonNode root = LanguagePackages.json(content);
    JsonNode libraries = root.path("libraries");
    if (!libraries.isObject()) {
      throw new MalformedFileException("no 'libraries' object");
    }
    Map<String, Package> byName = new LinkedHashMap<>();
    for (var f : libraries.properties()) {
      int slash = f.getKey().indexOf('/');
      if (slash <= 0 || !"package".equals(LanguagePackages.text(f.getValue(), "type"))) {
        continue;
      }
      String name = f.getKey().substring(0, slash);
      String version = f.getKey().substring(slash + 1);
      Map<String, String> meta = new LinkedHashMap<>();
      String sha = LanguagePackages.text(f.getValue(), "sha512");
      if (sha != null) {
        meta.put("sha512", sha);
      }
      String path = LanguagePackages.text(f.getValue(), "path");
      if (path != null) {
        meta.put("path", path);
      }
      byName.put(
          name.toLowerCase(Locale.ROOT),
          LanguagePackages.of(
              PackageType.NUGET, null, name, version, List.of(), null, foundBy, location, meta));
    }
    List<Relationship> rels = new ArrayList<>();
    for (JsonNode target : root.path("targets")) {
      for (var lib : target.properties()) {
        int slash = lib.getKey().indexOf('/');
        Package from =
            slash <= 0
                ? null
                : byName.get(lib.getKey().substring(0, slash).toLowerCase(Locale.ROOT));
        if (from == null) {
          continue;
        }
        for (var d : lib.getValue().path("dependencies").properties()) {
          Package to = byName.get(d.getKey().toLowerCase(Locale.ROOT));
          if (to != null) {
            rels.add(new Relationship(from.id(), to.id(), Relationship.Kind.DEPENDS_ON));
          }
        }
      }
    }
    return new CatalogResult(new ArrayList<>(byName.values()), rels, Set.of());
  }
}
