package dev.lashing.sbom.spdx;

import dev.lashing.sbom.spdx.SpdxDoc.Checksum;
import dev.lashing.sbom.spdx.SpdxDoc.ExternalRef;
import dev.lashing.sbom.spdx.SpdxDoc.Extracted;
import dev.lashing.sbom.spdx.SpdxDoc.Pkg;
import dev.lashing.sbom.spdx.SpdxDoc.Rel;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/** {@link SpdxDoc} → SPDX 2.3 tag-value; values with line breaks go in {@code <text>}. */
final class SpdxTagValueWriter {
  private final Writer out;

  private SpdxTagValueWriter(Writer out) {
    this.out = out;
  }

  static void write(SpdxDoc doc, Writer out) throws IOException {
    new SpdxTagValueWriter(out).document(doc);
  }

  private void document(SpdxDoc doc) throws IOException {
    tag("SPDXVersion", "SPDX-2.3");
    tag("DataLicense", "CC0-1.0");
    tag("SPDXID", SpdxDoc.DOCUMENT_ID);
    tag("DocumentName", doc.name());
    tag("DocumentNamespace", doc.namespace());
    for (String c : doc.creators()) {
      tag("Creator", c);
    }
    tag("Created", doc.created());
    String annotator = doc.creators().isEmpty() ? "Tool: lashing" : doc.creators().getFirst();
    for (Pkg p : doc.packages()) {
      out.write("\n##### Package: " + p.name().replaceAll("[\\r\\n]", " ") + "\n\n");
      tag("PackageName", p.name());
      tag("SPDXID", p.spdxId());
      tag("PackageVersion", p.version());
      tag("PackageSupplier", p.supplier());
      tag("PackageDownloadLocation", SpdxDoc.NOASSERTION);
      tag("FilesAnalyzed", "false");
      for (Checksum c : p.checksums()) {
        tag("PackageChecksum", c.algorithm() + ": " + c.value());
      }
      tag("PackageLicenseConcluded", p.licenseConcluded());
      tag("PackageLicenseDeclared", p.licenseDeclared());
      tag("PackageCopyrightText", SpdxDoc.NOASSERTION);
      tag("PackageDescription", p.description());
      for (ExternalRef r : p.externalRefs()) {
        tag("ExternalRef", r.category() + " " + r.type() + " " + r.locator());
      }
      tag("PrimaryPackagePurpose", p.purpose());
      for (String a : p.annotations()) {
        out.write('\n');
        tag("Annotator", annotator);
        tag("AnnotationDate", doc.created());
        tag("AnnotationType", "OTHER");
        tag("SPDXREF", p.spdxId());
        text("AnnotationComment", a);
      }
    }
    if (!doc.extracted().isEmpty()) {
      out.write("\n##### Other licenses\n");
    }
    for (Extracted e : doc.extracted()) {
      out.write('\n');
      tag("LicenseID", e.licenseId());
      text("ExtractedText", e.text());
      tag("LicenseName", e.text());
    }
    out.write("\n##### Relationships\n\n");
    for (Rel r : doc.relationships()) {
      tag("Relationship", r.element() + " " + r.type() + " " + r.related());
    }
  }

  private void tag(String tag, @Nullable String value) throws IOException {
    if (value == null) {
      return;
    }
    if (value.contains("\n") || value.contains("\r") || value.startsWith("<text>")) {
      text(tag, value);
    } else {
      out.write(tag + ": " + value + "\n");
    }
  }

  private void text(String tag, String value) throws IOException {
    out.write(tag + ": <text>" + value + "</text>\n");
  }
}
