package dev.lashing.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One package found in an image or directory.
 *
 * @param id stable identifier within one SBOM (derived from type, name, version and first
 *     location), used by relationships
 * @param name the package name as its ecosystem spells it (Maven: {@code artifactId}; npm: with
 *     scope, {@code @types/node})
 * @param version the full version as the ecosystem writes it (dpkg/rpm with epoch: {@code 1:2.3-4})
 * @param type the ecosystem
 * @param purl the package URL ({@code pkg:deb/debian/bash@5.2.15-2?arch=amd64&distro=debian-12})
 * @param namespace group/vendor/scope where the ecosystem has one (Maven groupId, npm scope, distro
 *     id for OS packages), else null
 * @param sourceName the source package (dpkg {@code Source:}, rpm SOURCERPM name, apk origin), or
 *     null when the same as name or unknown
 * @param sourceVersion the source package's version when it differs from {@code version}
 * @param arch the architecture, for OS packages
 * @param licenses license expressions or names as declared
 * @param supplier maintainer / author / vendor as declared
 * @param foundBy the name of the cataloger that found it
 * @param locations where the evidence was (the database or manifest file and its layer)
 * @param metadata ecosystem-specific facts worth keeping (e.g. {@code sha1} of a jar), sorted keys
 */
public record Package(
    String id,
    String name,
    String version,
    PackageType type,
    String purl,
    @Nullable String namespace,
    @Nullable String sourceName,
    @Nullable String sourceVersion,
    @Nullable String arch,
    List<String> licenses,
    @Nullable String supplier,
    String foundBy,
    List<Location> locations,
    Map<String, String> metadata) {

  public Package {
    if (name.isBlank()) {
      throw new IllegalArgumentException("package name must not be blank");
    }
    licenses = List.copyOf(licenses);
    locations = List.copyOf(locations);
    metadata = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(metadata));
  }
}
