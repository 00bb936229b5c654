package dev.lashing.catalog.golang;

import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import java.util.List;
import java.util.Map;

/** Go module packages: {@code pkg:golang/github.com/x/y@v1.2.3}, the full path as the name. */
final class GoModules {
  private GoModules() {}

  static Package of(
      String path, String version, String foundBy, Location location, Map<String, String> meta)
      throws MalformedFileException {
    int slash = path.lastIndexOf('/');
    String ns = slash > 0 ? path.substring(0, slash) : null;
    String name = slash > 0 ? path.substring(slash + 1) : path;
    Package p =
        LanguagePackages.of(
            PackageType.GO_MODULE, ns, name, version, List.of(), null, foundBy, location, meta);
    return LanguagePackages.renamed(p, path);
  }
}
