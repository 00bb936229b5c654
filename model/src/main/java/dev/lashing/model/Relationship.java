package dev.lashing.model;

/**
 * A directed relation between two packages of one SBOM, by {@link Package#id()}.
 *
 * @param from the package that depends on / contains the other
 * @param to the other package
 * @param kind what the relation is
 */
public record Relationship(String from, String to, Kind kind) {
  /** Relation kinds, as CycloneDX and SPDX can both express them. */
  public enum Kind {
    /** {@code from} needs {@code to} at run time (lockfile, dpkg Depends). */
    DEPENDS_ON,
    /** {@code from} contains {@code to} (a jar nested in a jar, a Go module in a binary). */
    CONTAINS
  }
}
