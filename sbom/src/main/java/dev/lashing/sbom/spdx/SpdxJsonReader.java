package dev.lashing.sbom.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.sbom.spdx.SpdxDoc.Checksum;
import dev.lashing.sbom.spdx.SpdxDoc.ExternalRef;
import dev.lashing.sbom.spdx.SpdxDoc.Extracted;
import dev.lashing.sbom.spdx.SpdxDoc.Pkg;
import dev.lashing.sbom.spdx.SpdxDoc.Rel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** SPDX 2.x JSON → {@link SpdxDoc}; a missing required field fails naming its JSON path. */
final class SpdxJsonReader {
  private SpdxJsonReader() {}

  static SpdxDoc read(byte[] bytes) throws IOException {
    JsonNode root = SpdxJsonWriter.JSON.readTree(bytes);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String version = required(root, "spdxVersion", "");
    if (!version.startsWith("SPDX-2.")) {
      throw new IllegalArgumentException(
          "unsupported spdxVersion '" + version + "' (need SPDX-2.x)");
    }
    JsonNode info = root.path("creationInfo");
    List<String> creators = new ArrayList<>();
    info.path("creators").forEach(c -> creators.add(c.asText()));
    List<Pkg> packages = new ArrayList<>();
    JsonNode pkgs = root.path("packages");
    for (int i = 0; i < pkgs.size(); i++) {
      packages.add(pkg(pkgs.get(i), "packages[" + i + "]"));
    }
    List<Rel> rels = new ArrayList<>();
    JsonNode rs = root.path("relationships");
    for (int i = 0; i < rs.size(); i++) {
      String where = "relationships[" + i + "]";
      JsonNode r = rs.get(i);
      rels.add(
          new Rel(
              required(r, "spdxElementId", where),
              required(r, "relationshipType", where),
              required(r, "relatedSpdxElement", where)));
    }
    String name = required(root, "name", "");
    for (JsonNode d : root.path("documentDescribes")) {
      rels.add(new Rel(SpdxDoc.DOCUMENT_ID, "DESCRIBES", d.asText()));
    }
    List<Extracted> extracted = new ArrayList<>();
    for (JsonNode e : root.path("hasExtractedLicensingInfos")) {
      extracted.add(
          new Extracted(
              required(e, "licenseId", "hasExtractedLicensingInfos"),
              e.path("extractedText").asText("")));
    }
    return new SpdxDoc(
        name,
        required(root, "documentNamespace", ""),
        creators,
        required(info, "created", "creationInfo"),
        packages,
        rels,
        extracted);
  }

  private static Pkg pkg(JsonNode n, String where) {
    List<Checksum> sums = new ArrayList<>();
    for (JsonNode c : n.path("checksums")) {
      sums.add(new Checksum(required(c, "algorithm", where), required(c, "checksumValue", where)));
    }
    List<ExternalRef> refs = new ArrayList<>();
    for (JsonNode r : n.path("externalRefs")) {
      refs.add(
          new ExternalRef(
              r.path("referenceCategory").asText(""),
              required(r, "referenceType", where),
              required(r, "referenceLocator", where)));
    }
    List<String> notes = new ArrayList<>();
    for (JsonNode a : n.path("annotations")) {
      notes.add(a.path("comment").asText(""));
    }
    return new Pkg(
        required(n, "SPDXID", where),
        required(n, "name", where),
        optional(n, "versionInfo"),
        n.path("supplier").asText(SpdxDoc.NOASSERTION),
        n.path("licenseConcluded").asText(SpdxDoc.NOASSERTION),
        n.path("licenseDeclared").asText(SpdxDoc.NOASSERTION),
        purpose(optional(n, "primaryPackagePurpose")),
        optional(n, "description"),
        sums,
        refs,
        notes);
  }

  private static @Nullable String purpose(@Nullable String p) {
    return p == null ? null : p.replace('_', '-');
  }

  private static @Nullable String optional(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String required(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isValueNode() || v.isNull()) {
      String path = where.isEmpty() ? field : where + "." + field;
      throw new IllegalArgumentException("missing or non-text field " + path);
    }
    return v.asText();
  }
}
