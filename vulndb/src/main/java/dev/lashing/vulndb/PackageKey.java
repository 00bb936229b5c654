package dev.lashing.vulndb;

import dev.lashing.model.vuln.Ecosystems;

/**
 * One package to look up: an OSV ecosystem (with the release for distros, {@code Debian:12}) and a
 * name as the feed keys it. Two keys that differ only in how the name is written ({@code Foo_Bar}
 * and {@code foo-bar} in PyPI) are different keys but find the same advisories.
 */
public record PackageKey(String ecosystem, String name) {

  public PackageKey {
    if (ecosystem.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("package key needs an ecosystem and a name");
    }
  }

  /** The name as the store indexes it ({@link Ecosystems#normalizeName}). */
  public String normalizedName() {
    return Ecosystems.normalizeName(ecosystem, name);
  }
}
