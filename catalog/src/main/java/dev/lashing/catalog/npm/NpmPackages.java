package dev.lashing.catalog.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** npm package construction: scoped names, purls ({@code pkg:npm/%40scope/name@1.0}), licenses. */
final class NpmPackages {
  private NpmPackages() {}

  static Package of(
      String fullName,
      String version,
      List<String> licenses,
      @Nullable String supplier,
      String foundBy,
      Location location,
      Map<String, String> metadata)
      throws MalformedFileException {
    String ns = null;
    String name = fullName;
    if (fullName.startsWith("@") && fullName.indexOf('/') > 1) {
      ns = fullName.substring(0, fullName.indexOf('/'));
      name = fullName.substring(fullName.indexOf('/') + 1);
    }
    Package p =
        LanguagePackages.of(
            PackageType.NPM, ns, name, version, licenses, supplier, foundBy, location, metadata);
    return new Package(
        p.id(),
        fullName,
        p.version(),
        p.type(),
        p.purl(),
        p.namespace(),
        null,
        null,
        null,
        p.licenses(),
        p.supplier(),
        p.foundBy(),
        p.locations(),
        p.metadata());
  }

  /** {@code license} as a string, an object {@code {type}}, or a (legacy) {@code licenses} list. */
  static List<String> licenses(JsonNode pkg) {
    List<String> out = new ArrayList<>();
    addLicense(pkg.get("license"), out);
    JsonNode list = pkg.get("licenses");
    if (list != null && list.isArray()) {
      for (JsonNode l : list) {
        addLicense(l, out);
      }
    } else {
      addLicense(list, out);
    }
    return out;
  }

  private static void addLicense(@Nullable JsonNode l, List<String> out) {
    if (l == null) {
      return;
    }
    if (l.isTextual() && !l.asText().isBlank()) {
      out.add(l.asText().strip());
    } else if (l.isObject() && l.path("type").isTextual()) {
      out.add(l.path("type").asText().strip());
    } else if (l.isArray()) {
      for (JsonNode x : l) {
        addLicense(x, out);
      }
    }
  }

  /** {@code author} as {@code "Name <mail> (url)"} or an object with {@code name}. */
  static @Nullable String author(JsonNode pkg) {
    JsonNode a = pkg.get("author");
    if (a == null) {
      return null;
    }
    if (a.isTextual()) {
      return a.asText().isBlank() ? null : a.asText().strip();
    }
    return a.isObject() ? LanguagePackages.text(a, "name") : null;
  }

  /** The last name of a {@code node_modules/a/node_modules/@s/b} path. */
  static String nameFromPath(String path) {
    int i = path.lastIndexOf("node_modules/");
    return i < 0 ? path : path.substring(i + "node_modules/".length());
  }
}
