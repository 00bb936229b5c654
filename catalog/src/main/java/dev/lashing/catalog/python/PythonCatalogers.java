package dev.lashing.catalog.python;

import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.FileCataloger;
import java.util.Locale;
import java.util.Set;

/** The Python catalogers. */
public final class PythonCatalogers {
  private PythonCatalogers() {}

  /** Installed distributions: dist-info, egg-info (file or folder) and zipped eggs. */
  public static Cataloger installed() {
    return new FileCataloger(
        "python-installed-cataloger",
        Set.of("language", "python", "image", "directory", "installed"),
        1,
        PythonCatalogers::isInstalledMetadata,
        64 << 20,
        (loc, b) -> MetadataParser.parse(loc, b, "python-installed-cataloger"));
  }

  /** {@code requirements*.txt}: pinned ({@code ==}) requirements. */
  public static Cataloger requirements() {
    return new FileCataloger(
        "python-requirements-cataloger",
        Set.of("language", "python", "directory", "declared"),
        1,
        p -> {
          String n = p.substring(p.lastIndexOf('/') + 1);
          return n.startsWith("requirements") && n.endsWith(".txt");
        },
        8 << 20,
        (loc, b) -> RequirementsParser.parse(loc, b, "python-requirements-cataloger"));
  }

  /** {@code poetry.lock}, {@code Pipfile.lock} and {@code uv.lock}. */
  public static Cataloger locks() {
    return new FileCataloger(
        "python-lock-cataloger",
        Set.of("language", "python", "directory", "declared"),
        1,
        p -> p.endsWith("/poetry.lock") || p.endsWith("/Pipfile.lock") || p.endsWith("/uv.lock"),
        32 << 20,
        (loc, b) -> PythonLockParser.parse(loc, b, "python-lock-cataloger"));
  }

  static boolean isInstalledMetadata(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".dist-info/metadata")
        || p.endsWith(".egg-info/pkg-info")
        || p.endsWith("/egg-info/pkg-info")
        || p.endsWith(".egg-info")
        || p.endsWith(".egg");
  }
}
