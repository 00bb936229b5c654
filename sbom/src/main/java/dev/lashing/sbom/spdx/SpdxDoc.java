package dev.lashing.sbom.spdx;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An SPDX 2.3 document, as much of it as Lashing writes and reads.
 *
 * @param name document name
 * @param namespace documentNamespace (unique URI)
 * @param creators creationInfo.creators ({@code Tool: lashing-0.1.0})
 * @param created creationInfo.created (ISO-8601 UTC, seconds)
 * @param packages the packages, the subject first
 * @param relationships DESCRIBES, CONTAINS, DEPENDS_ON, …
 * @param extracted licenses that are not SPDX ids, by their LicenseRef
 */
record SpdxDoc(
    String name,
    String namespace,
    List<String> creators,
    String created,
    List<Pkg> packages,
    List<Rel> relationships,
    List<Extracted> extracted) {

  static final String DOCUMENT_ID = "SPDXRef-DOCUMENT";
  static final String NOASSERTION = "NOASSERTION";

  SpdxDoc {
    creators = List.copyOf(creators);
    packages = List.copyOf(packages);
    relationships = List.copyOf(relationships);
    extracted = List.copyOf(extracted);
  }

  /** One SPDX package. */
  record Pkg(
      String spdxId,
      String name,
      @Nullable String version,
      String supplier,
      String licenseConcluded,
      String licenseDeclared,
      @Nullable String purpose,
      @Nullable String description,
      List<Checksum> checksums,
      List<ExternalRef> externalRefs,
      List<String> annotations) {
    Pkg {
      checksums = List.copyOf(checksums);
      externalRefs = List.copyOf(externalRefs);
      annotations = List.copyOf(annotations);
    }
  }

  record Checksum(String algorithm, String value) {}

  record ExternalRef(String category, String type, String locator) {}

  record Rel(String element, String type, String related) {}

  record Extracted(String licenseId, String text) {}
}
