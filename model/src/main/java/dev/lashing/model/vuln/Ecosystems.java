package dev.lashing.model.vuln;

import java.util.Locale;

/** How package names compare within an ecosystem, for storing and looking up advisories. */
public final class Ecosystems {

  private Ecosystems() {}

  /**
   * The name as stored and looked up: PyPI names PEP 503-normalised ({@code Foo.Bar_baz} → {@code
   * foo-bar-baz}); names of case-insensitive ecosystems (PyPI, NuGet, Packagist, distros)
   * lower-cased; npm, Maven ({@code group:artifact}), Go, crates.io and RubyGems kept as written.
   *
   * @param ecosystem an OSV ecosystem, with or without a {@code :release} suffix
   */
  public static String normalizeName(String ecosystem, String name) {
    String base = base(ecosystem);
    return switch (base) {
      case "PyPI" -> name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
      case "NuGet", "Packagist", "Debian", "Ubuntu", "Alpine", "Red Hat", "Wolfi", "Chainguard" ->
          name.toLowerCase(Locale.ROOT);
      default -> name;
    };
  }

  /** The ecosystem without its release suffix ({@code Debian:12} → {@code Debian}). */
  public static String base(String ecosystem) {
    int colon = ecosystem.indexOf(':');
    return colon < 0 ? ecosystem : ecosystem.substring(0, colon);
  }
}
