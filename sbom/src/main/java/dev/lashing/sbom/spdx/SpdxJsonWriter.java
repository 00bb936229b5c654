package dev.lashing.sbom.spdx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.sbom.spdx.SpdxDoc.Checksum;
import dev.lashing.sbom.spdx.SpdxDoc.ExternalRef;
import dev.lashing.sbom.spdx.SpdxDoc.Extracted;
import dev.lashing.sbom.spdx.SpdxDoc.Pkg;
import dev.lashing.sbom.spdx.SpdxDoc.Rel;
import java.io.IOException;
import java.io.Writer;

/** {@link SpdxDoc} → SPDX 2.3 JSON, fields in a fixed order. */
final class SpdxJsonWriter {
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SpdxJsonWriter() {}

  static void write(SpdxDoc doc, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(tree(doc)));
    out.write('\n');
  }

  static ObjectNode tree(SpdxDoc doc) {
    ObjectNode root = JSON.createObjectNode();
    root.put("spdxVersion", "SPDX-2.3");
    root.put("dataLicense", "CC0-1.0");
    root.put("SPDXID", SpdxDoc.DOCUMENT_ID);
    root.put("name", doc.name());
    root.put("documentNamespace", doc.namespace());
    ObjectNode info = root.putObject("creationInfo");
    info.put("created", doc.created());
    ArrayNode creators = info.putArray("creators");
    doc.creators().forEach(creators::add);
    String annotator = doc.creators().isEmpty() ? "Tool: lashing" : doc.creators().getFirst();
    ArrayNode packages = root.putArray("packages");
    for (Pkg p : doc.packages()) {
      ObjectNode n = packages.addObject();
      n.put("name", p.name());
      n.put("SPDXID", p.spdxId());
      if (p.version() != null) {
        n.put("versionInfo", p.version());
      }
      n.put("supplier", p.supplier());
      n.put("downloadLocation", SpdxDoc.NOASSERTION);
      n.put("filesAnalyzed", false);
      if (!p.checksums().isEmpty()) {
        ArrayNode sums = n.putArray("checksums");
        for (Checksum c : p.checksums()) {
          sums.addObject().put("algorithm", c.algorithm()).put("checksumValue", c.value());
        }
      }
      n.put("licenseConcluded", p.licenseConcluded());
      n.put("licenseDeclared", p.licenseDeclared());
      n.put("copyrightText", SpdxDoc.NOASSERTION);
      if (p.description() != null) {
        n.put("description", p.description());
      }
      if (!p.externalRefs().isEmpty()) {
        ArrayNode refs = n.putArray("externalRefs");
        for (ExternalRef r : p.externalRefs()) {
          refs.addObject()
              .put("referenceCategory", r.category())
              .put("referenceType", r.type())
              .put("referenceLocator", r.locator());
        }
      }
      if (p.purpose() != null) {
        // the 2.3 JSON schema spells the purposes with '_' where tag-value has '-'
        n.put("primaryPackagePurpose", p.purpose().replace('-', '_'));
      }
      if (!p.annotations().isEmpty()) {
        ArrayNode notes = n.putArray("annotations");
        for (String a : p.annotations()) {
          notes
              .addObject()
              .put("annotationDate", doc.created())
              .put("annotationType", "OTHER")
              .put("annotator", annotator)
              .put("comment", a);
        }
      }
    }
    if (!doc.extracted().isEmpty()) {
      ArrayNode ex = root.putArray("hasExtractedLicensingInfos");
      for (Extracted e : doc.extracted()) {
        ex.addObject()
            .put("licenseId", e.licenseId())
            .put("extractedText", e.text())
            .put("name", e.text());
      }
    }
    ArrayNode rels = root.putArray("relationships");
    for (Rel r : doc.relationships()) {
      rels.addObject()
          .put("spdxElementId", r.element())
          .put("relationshipType", r.type())
          .put("relatedSpdxElement", r.related());
    }
    return root;
  }
}
