package dev.lashing.catalog.distro;

import dev.lashing.catalog.CatalogContext;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Cataloger;
import dev.lashing.image.Image;
import dev.lashing.image.Limits;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.rootfs.RootfsSource;
import dev.lashing.model.OsInfo;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Opens the fixture root filesystems under {@code src/test/resources/catalog/} as file views. */
public final class OsFixtures {
  private OsFixtures() {}

  /** The directory of a test resource, e.g. {@code catalog/dpkg/ubuntu-status}. */
  public static Path dir(String resource) throws URISyntaxException {
    URL url = OsFixtures.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    return Path.of(url.toURI());
  }

  /** A squashed file view over a directory, as a directory scan sees it. */
  public static FileResolver view(Path dir) throws Exception {
    Image image = RootfsSource.open(dir);
    return FileViews.index(image, Limits.DEFAULTS).squashed();
  }

  public static FileResolver view(String resource) throws Exception {
    return view(dir(resource));
  }

  /** What a cataloger finds in a view, with the warnings it gave. */
  public record Run(CatalogResult result, List<String> warnings) {}

  public static Run run(Cataloger c, FileResolver files, @Nullable OsInfo os) throws Exception {
    List<String> warnings = new ArrayList<>();
    CatalogResult r = c.catalog(new CatalogContext(files, os, Set.of(), warnings::add));
    return new Run(r, warnings);
  }
}
