package dev.lashing.catalog;

import dev.lashing.image.Image;
import dev.lashing.image.Limits;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.rootfs.RootfsSource;
import dev.lashing.model.Package;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Runs one cataloger over a directory the way a scan does: rootfs → index → squashed view. */
public final class CatalogFixtures {
  private CatalogFixtures() {}

  /** The result and the warnings of one run. */
  public record Run(CatalogResult result, List<String> warnings) {
    public List<Package> packages() {
      return result.packages();
    }

    public Package named(String name) {
      return packages().stream()
          .filter(p -> p.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no package " + name + " in " + purls()));
    }

    public List<String> purls() {
      return packages().stream().map(Package::purl).sorted().toList();
    }
  }

  /** A resource folder of the test classpath, e.g. {@code catalog/java}. */
  public static Path resource(String name) {
    URL url =
        Objects.requireNonNull(CatalogFixtures.class.getClassLoader().getResource(name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Run run(Cataloger cataloger, Path dir) throws Exception {
    return run(cataloger, dir, Set.of());
  }

  public static Run run(Cataloger cataloger, Path dir, Set<String> osOwned) throws Exception {
    try (Image image = RootfsSource.open(dir)) {
      FileResolver files = FileViews.index(image, Limits.DEFAULTS).squashed();
      List<String> warnings = new ArrayList<>();
      CatalogResult r = cataloger.catalog(new CatalogContext(files, null, osOwned, warnings::add));
      return new Run(r, warnings);
    }
  }
}
