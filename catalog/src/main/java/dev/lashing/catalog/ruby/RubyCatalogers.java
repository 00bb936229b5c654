package dev.lashing.catalog.ruby;

import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.FileCataloger;
import java.util.Set;

/** The Ruby catalogers. */
public final class RubyCatalogers {
  private RubyCatalogers() {}

  /** Installed gem specifications. */
  public static Cataloger gemspecs() {
    return new FileCataloger(
        "ruby-gemspec-cataloger",
        Set.of("language", "ruby", "gem", "image", "directory", "installed"),
        1,
        p -> p.endsWith(".gemspec") && p.contains("/specifications/"),
        4 << 20,
        (loc, b) -> GemspecParser.parse(loc, b, "ruby-gemspec-cataloger"));
  }

  /** {@code Gemfile.lock}. */
  public static Cataloger gemfileLock() {
    return new FileCataloger(
        "ruby-gemfile-lock-cataloger",
        Set.of("language", "ruby", "gem", "directory", "declared"),
        1,
        p -> p.endsWith("/Gemfile.lock"),
        16 << 20,
        (loc, b) -> GemfileLockParser.parse(loc, b, "ruby-gemfile-lock-cataloger"));
  }
}
