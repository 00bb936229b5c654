package dev.lashing.catalog.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.catalog.Yaml;
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
 * {@code pnpm-lock.yaml}: the {@code packages} keys ({@code /name/1.0.0_peer} up to v5, {@code
 * /name@1.0.0(peer)} in v6, {@code name@1.0.0} in v9) and the dependencies of each package ({@code
 * snapshots} in v9).
 */
final class PnpmLockParser {
  private PnpmLockParser() {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    Map<String, Package> byKey = new LinkedHashMap<>();
    List<Relationship> rels = new ArrayList<>();
    for (JsonNode doc : Yaml.documents(content)) {
      if (!doc.isObject() || !doc.has("packages")) {
        continue;
      }
      boolean v5 = version(doc) < 6;
      Map<String, JsonNode> depsOf = new LinkedHashMap<>();
      for (var f : doc.path("packages").properties()) {
        String[] nv = nameVersion(f.getKey(), v5);
        if (nv == null) {
          continue;
        }
        JsonNode e = f.getValue();
        Map<String, String> meta = new LinkedHashMap<>();
        if (e.path("dev").asBoolean(false)) {
          meta.put("dev", "true");
        }
        String key = nv[0] + "@" + nv[1];
        if (!byKey.containsKey(key)) {
          byKey.put(key, NpmPackages.of(nv[0], nv[1], List.of(), null, foundBy, location, meta));
        }
        depsOf.put(f.getKey(), e);
      }
      for (var f : doc.path("snapshots").properties()) {
        depsOf.put(f.getKey(), f.getValue());
      }
      for (var e : depsOf.entrySet()) {
        String[] nv = nameVersion(e.getKey(), v5);
        Package from = nv == null ? null : byKey.get(nv[0] + "@" + nv[1]);
        if (from == null) {
          continue;
        }
        for (String field : List.of("dependencies", "optionalDependencies")) {
          for (var d : e.getValue().path(field).properties()) {
            Package to = byKey.get(d.getKey() + "@" + cleanVersion(d.getValue().asText()));
            if (to != null) {
              rels.add(new Relationship(from.id(), to.id(), Relationship.Kind.DEPENDS_ON));
            }
          }
        }
      }
    }
    return new CatalogResult(new ArrayList<>(byKey.values()), rels, Set.of());
  }

  private static double version(JsonNode doc) {
    try {
      return Double.parseDouble(doc.path("lockfileVersion").asText("9").replaceAll("[^0-9.]", ""));
    } catch (NumberFormatException e) {
      return 9;
    }
  }

  /** {@code [name, version]} of a packages key, or null when it names no registry package. */
  static String @Nullable [] nameVersion(String key, boolean v5) {
    String k = key.startsWith("/") ? key.substring(1) : key;
    int paren = k.indexOf('(');
    if (paren > 0) {
      k = k.substring(0, paren);
    }
    int split = v5 ? k.lastIndexOf('/') : k.indexOf('@', 1);
    if (split <= 0 || split == k.length() - 1) {
      return null;
    }
    String name = k.substring(0, split);
    String version = cleanVersion(k.substring(split + 1));
    if (version.isEmpty() || version.contains(":") || name.contains(":")) {
      return null;
    }
    return new String[] {name, version};
  }

  private static String cleanVersion(String v) {
    int cut = v.length();
    for (char c : new char[] {'(', '_'}) {
      int i = v.indexOf(c);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return v.substring(0, cut);
  }
}
