package dev.lashing.catalog.php;

import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.FileCataloger;
import java.util.Set;

/** The PHP catalogers. */
public final class PhpCatalogers {
  private PhpCatalogers() {}

  /** Installed packages ({@code installed.json}). */
  public static Cataloger installed() {
    return new FileCataloger(
        "php-composer-installed-cataloger",
        Set.of("language", "php", "composer", "image", "directory", "installed"),
        1,
        p -> p.endsWith("/installed.json") && p.contains("/composer/"),
        32 << 20,
        (loc, b) -> ComposerParser.parse(loc, b, "php-composer-installed-cataloger"));
  }

  /** {@code composer.lock}. */
  public static Cataloger lock() {
    return new FileCataloger(
        "php-composer-cataloger",
        Set.of("language", "php", "composer", "directory", "declared"),
        1,
        p -> p.endsWith("/composer.lock"),
        32 << 20,
        (loc, b) -> ComposerParser.parse(loc, b, "php-composer-cataloger"));
  }
}
