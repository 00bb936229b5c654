package dev.lashing.sbom;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A software bill of materials: what was scanned, every package found in it and how they relate.
 * Packages and relationships are kept in one canonical order, so equal content encodes to equal
 * bytes; {@link #created} and {@link #serial} are the only volatile fields.
 *
 * @param subject the image or directory the packages were found in
 * @param packages the packages, sorted by type, name, version and id; ids are unique
 * @param relationships relations between packages (by id), sorted and without duplicates
 * @param tool the tool that made the SBOM
 * @param created when it was made, to the second
 * @param serial the document's identity: {@code urn:uuid:…} for documents Lashing writes, the
 *     serial number or namespace as written for documents read from elsewhere
 */
public record Sbom(
    SbomSubject subject,
    List<Package> packages,
    List<Relationship> relationships,
    Tool tool,
    Instant created,
    String serial) {

  /** Who made the document. */
  public record Tool(String name, String version) {}

  public static final Comparator<Package> PACKAGE_ORDER =
      Comparator.comparing((Package p) -> p.type().ordinal())
          .thenComparing(Package::name)
          .thenComparing(Package::version)
          .thenComparing(Package::id);

  public static final Comparator<Relationship> RELATIONSHIP_ORDER =
      Comparator.comparing(Relationship::from)
          .thenComparing(Relationship::to)
          .thenComparing(r -> r.kind().ordinal());

  public Sbom {
    List<Package> sorted = new ArrayList<>(packages);
    sorted.sort(PACKAGE_ORDER);
    long distinct = sorted.stream().map(Package::id).distinct().count();
    if (distinct != sorted.size()) {
      throw new IllegalArgumentException("package ids must be unique within one SBOM");
    }
    packages = List.copyOf(sorted);
    List<Relationship> rels = new ArrayList<>(new LinkedHashSet<>(relationships));
    rels.sort(RELATIONSHIP_ORDER);
    relationships = List.copyOf(rels);
    created = created.truncatedTo(ChronoUnit.SECONDS);
    if (serial.isBlank()) {
      throw new IllegalArgumentException("SBOM serial must not be blank");
    }
  }

  /** A new SBOM of a catalog run, made now, with a fresh random serial number. */
  public static Sbom of(SbomSubject subject, CatalogResult catalog, Tool tool) {
    return new Sbom(
        subject,
        catalog.packages(),
        catalog.relationships(),
        tool,
        Instant.now(),
        "urn:uuid:" + UUID.randomUUID());
  }

  /** The same SBOM with other volatile fields (for tests and reproducible output). */
  public Sbom withVolatile(Instant created, String serial) {
    return new Sbom(subject, packages, relationships, tool, created, serial);
  }
}
