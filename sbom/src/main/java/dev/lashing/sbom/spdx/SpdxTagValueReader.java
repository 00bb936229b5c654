package dev.lashing.sbom.spdx;

import dev.lashing.sbom.spdx.SpdxDoc.Checksum;
import dev.lashing.sbom.spdx.SpdxDoc.ExternalRef;
import dev.lashing.sbom.spdx.SpdxDoc.Extracted;
import dev.lashing.sbom.spdx.SpdxDoc.Pkg;
import dev.lashing.sbom.spdx.SpdxDoc.Rel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SPDX 2.x tag-value → {@link SpdxDoc}. Unknown tags are skipped; a malformed line fails naming its
 * line number.
 */
final class SpdxTagValueReader {
  private final List<String> lines;
  private final Map<String, String> doc = new LinkedHashMap<>();
  private final List<String> creators = new ArrayList<>();
  private final List<PkgBuilder> packages = new ArrayList<>();
  private final Map<String, List<String>> annotations = new LinkedHashMap<>();
  private final List<Rel> rels = new ArrayList<>();
  private final List<Extracted> extracted = new ArrayList<>();
  private @Nullable PkgBuilder current;
  private @Nullable String annotationRef;
  private @Nullable String licenseId;
  private int line;

  private SpdxTagValueReader(String text) {
    this.lines = text.lines().toList();
  }

  static SpdxDoc read(String text) {
    return new SpdxTagValueReader(text).parse();
  }

  private SpdxDoc parse() {
    for (line = 0; line < lines.size(); line++) {
      String l = lines.get(line);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      int colon = l.indexOf(':');
      if (colon <= 0) {
        throw bad("expected 'Tag: value'");
      }
      String tag = l.substring(0, colon).strip();
      String value = value(l.substring(colon + 1).strip());
      field(tag, value);
    }
    String version = doc.getOrDefault("SPDXVersion", "");
    if (!version.startsWith("SPDX-2.")) {
      throw new IllegalArgumentException(
          "unsupported SPDXVersion '" + version + "' (need SPDX-2.x)");
    }
    List<Pkg> pkgs = new ArrayList<>();
    for (PkgBuilder b : packages) {
      pkgs.add(b.build(annotations.getOrDefault(b.spdxId, List.of())));
    }
    return new SpdxDoc(
        require("DocumentName"),
        require("DocumentNamespace"),
        creators,
        require("Created"),
        pkgs,
        rels,
        extracted);
  }

  private void field(String tag, String value) {
    switch (tag) {
      case "PackageName" -> {
        current = new PkgBuilder(value);
        packages.add(current);
      }
      case "SPDXID" -> {
        if (current == null) {
          doc.put(tag, value);
        } else {
          current.spdxId = value;
        }
      }
      case "PackageVersion" -> pkg().version = value;
      case "PackageSupplier" -> pkg().supplier = value;
      case "PackageLicenseConcluded" -> pkg().concluded = value;
      case "PackageLicenseDeclared" -> pkg().declared = value;
      case "PackageDescription" -> pkg().description = value;
      case "PrimaryPackagePurpose" -> pkg().purpose = value;
      case "PackageChecksum" -> {
        int c = value.indexOf(':');
        if (c <= 0) {
          throw bad("PackageChecksum needs 'ALGORITHM: value'");
        }
        pkg()
            .checksums
            .add(new Checksum(value.substring(0, c).strip(), value.substring(c + 1).strip()));
      }
      case "ExternalRef" -> {
        String[] parts = value.split("\\s+", 3);
        if (parts.length != 3) {
          throw bad("ExternalRef needs 'CATEGORY TYPE LOCATOR'");
        }
        pkg().refs.add(new ExternalRef(parts[0], parts[1], parts[2]));
      }
      case "Creator" -> creators.add(value);
      case "SPDXREF" -> annotationRef = value;
      case "AnnotationComment" -> {
        if (annotationRef == null) {
          throw bad("AnnotationComment without SPDXREF");
        }
        annotations.computeIfAbsent(annotationRef, k -> new ArrayList<>()).add(value);
        annotationRef = null;
      }
      case "LicenseID" -> licenseId = value;
      case "ExtractedText" -> {
        if (licenseId == null) {
          throw bad("ExtractedText without LicenseID");
        }
        extracted.add(new Extracted(licenseId, value));
      }
      case "Relationship" -> {
        String[] parts = value.strip().split("\\s+");
        if (parts.length != 3) {
          throw bad("Relationship needs 'ELEMENT TYPE RELATED'");
        }
        rels.add(new Rel(parts[0], parts[1], parts[2]));
      }
      default -> doc.putIfAbsent(tag, value);
    }
  }

  /** A one-line value, or a {@code <text>} value that may span lines. */
  private String value(String first) {
    if (!first.startsWith("<text>")) {
      return first;
    }
    StringBuilder b = new StringBuilder(first.substring("<text>".length()));
    int start = line;
    while (b.indexOf("</text>") < 0) {
      if (++line >= lines.size()) {
        line = start;
        throw bad("<text> is not closed by </text>");
      }
      b.append('\n').append(lines.get(line));
    }
    int end = b.indexOf("</text>");
    if (!b.substring(end + "</text>".length()).isBlank()) {
      throw bad("text after </text>");
    }
    return b.substring(0, end);
  }

  private PkgBuilder pkg() {
    if (current == null) {
      throw bad("package field before PackageName");
    }
    return current;
  }

  private String require(String tag) {
    String v = doc.get(tag);
    if (v == null) {
      throw new IllegalArgumentException("missing " + tag);
    }
    return v;
  }

  private IllegalArgumentException bad(String what) {
    return new IllegalArgumentException("line " + (line + 1) + ": " + what);
  }

  /** A package being read. */
  private static final class PkgBuilder {
    final String name;
    @Nullable String spdxId;
    @Nullable String version;
    String supplier = SpdxDoc.NOASSERTION;
    String concluded = SpdxDoc.NOASSERTION;
    String declared = SpdxDoc.NOASSERTION;
    @Nullable String description;
    @Nullable String purpose;
    final List<Checksum> checksums = new ArrayList<>();
    final List<ExternalRef> refs = new ArrayList<>();

    PkgBuilder(String name) {
      this.name = name;
    }

    Pkg build(List<String> notes) {
      if (spdxId == null) {
        throw new IllegalArgumentException("package '" + name + "' has no SPDXID");
      }
      return new Pkg(
          spdxId,
          name,
          version,
          supplier,
          concluded,
          declared,
          purpose,
          description,
          checksums,
          refs,
          notes);
    }
  }
}
