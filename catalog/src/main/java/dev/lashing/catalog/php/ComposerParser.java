package dev.lashing.catalog.php;

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
 * Composer package lists: {@code installed.json} v1 (a JSON array), v2 ({@code {"packages": […]}})
 * and {@code composer.lock} ({@code packages} and {@code packages-dev}); {@code require} entries
 * become DEPENDS_ON relationships.
 */
final class ComposerParser {
  private ComposerParser() {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    JsonNode root = LanguagePackages.json(content);
    List<JsonNode> entries = new ArrayList<>();
    List<Boolean> dev = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(entries::add);
    } else if (root.isObject() && root.has("packages")) {
      for (String section : List.of("packages", "packages-dev")) {
        for (JsonNode p : root.path(section)) {
          entries.add(p);
          dev.add(section.equals("packages-dev"));
        }
      }
    } else {
      throw new MalformedFileException("neither a package array nor a 'packages' list");
    }
    Map<String, Package> byName = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode p = entries.get(i);
      String full = LanguagePackages.text(p, "name");
      String version = LanguagePackages.text(p, "version");
      if (full == null || version == null) {
        throw new MalformedFileException("package entry without name or version");
      }
      int slash = full.indexOf('/');
      String vendor = slash > 0 ? full.substring(0, slash) : null;
      String name = slash > 0 ? full.substring(slash + 1) : full;
      List<String> licenses = new ArrayList<>();
      p.path("license").forEach(l -> licenses.add(l.asText()));
      Map<String, String> meta = new LinkedHashMap<>();
      if (i < dev.size() && dev.get(i)) {
        meta.put("dev", "true");
      }
      String ref = LanguagePackages.text(p.path("dist"), "reference");
      if (ref != null) {
        meta.put("reference", ref);
      }
      Package pkg =
          LanguagePackages.of(
              PackageType.COMPOSER, vendor, name, version, licenses, null, foundBy, location, meta);
      byName.put(full.toLowerCase(Locale.ROOT), LanguagePackages.renamed(pkg, full));
    }
    List<Relationship> rels = new ArrayList<>();
    for (JsonNode p : entries) {
      Package from =
          byName.get(String.valueOf(LanguagePackages.text(p, "name")).toLowerCase(Locale.ROOT));
      for (var r : p.path("require").properties()) {
        Package to = byName.get(r.getKey().toLowerCase(Locale.ROOT));
        if (from != null && to != null) {
          rels.add(new Relationship(from.id(), to.id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
    return new CatalogResult(new ArrayList<>(byName.values()), rels, Set.of());
  }
}
