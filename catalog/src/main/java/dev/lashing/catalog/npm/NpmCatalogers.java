package dev.lashing.catalog.npm;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.FileCataloger;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import java.util.Set;

/** The JavaScript catalogers. */
public final class NpmCatalogers {
  private NpmCatalogers() {}

  private static final int MAX_MANIFEST = 4 << 20;
  private static final int MAX_LOCK = 64 << 20;

  /** {@code package.json} of installed packages under {@code node_modules}. */
  public static Cataloger installed() {
    return new FileCataloger(
        "npm-package-cataloger",
        Set.of("language", "javascript", "npm", "image", "directory", "installed"),
        1,
        p -> p.endsWith("/package.json") && p.contains("/node_modules/"),
        MAX_MANIFEST,
        (loc, b) -> PackageJsonParser.parse(loc, b, "npm-package-cataloger"));
  }

  /** {@code package-lock.json} (v1–v3) outside {@code node_modules}. */
  public static Cataloger packageLock() {
    return lock("npm-lock-cataloger", "/package-lock.json", PackageLockParser::parse);
  }

  /** {@code yarn.lock}, v1 and Berry. */
  public static Cataloger yarnLock() {
    return lock("yarn-lock-cataloger", "/yarn.lock", YarnLockParser::parse);
  }

  /** {@code pnpm-lock.yaml}, lockfile versions 5 to 9. */
  public static Cataloger pnpmLock() {
    return lock("pnpm-lock-cataloger", "/pnpm-lock.yaml", PnpmLockParser::parse);
  }

  /** A lockfile parser that records which cataloger found the packages. */
  interface LockParser {
    CatalogResult parse(Location location, byte[] content, String foundBy)
        throws MalformedFileException;
  }

  private static Cataloger lock(String name, String suffix, LockParser parser) {
    return new FileCataloger(
        name,
        Set.of("language", "javascript", "npm", "directory", "declared"),
        1,
        p -> p.endsWith(suffix) && !p.contains("/node_modules/"),
        MAX_LOCK,
        (loc, b) -> parser.parse(loc, b, name));
  }
}
