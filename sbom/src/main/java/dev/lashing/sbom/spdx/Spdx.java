package dev.lashing.sbom.spdx;

import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes and reads SPDX 2.3 documents, JSON and tag-value. */
public final class Spdx {
  private Spdx() {}

  public static void writeJson(Sbom sbom, Writer out) throws IOException {
    SpdxJsonWriter.write(SpdxEncoder.encode(sbom), out);
  }

  public static void writeTagValue(Sbom sbom, Writer out) throws IOException {
    SpdxTagValueWriter.write(SpdxEncoder.encode(sbom), out);
  }

  /**
   * Reads an SPDX 2.x JSON document.
   *
   * @param document names the document in messages (its file name)
   */
  public static Sbom readJson(byte[] bytes, String document) throws SbomException {
    SpdxDoc doc;
    try {
      doc = SpdxJsonReader.read(bytes);
    } catch (IOException | RuntimeException e) {
      throw bad(document, "not a valid SPDX JSON document", e);
    }
    return decode(doc, document);
  }

  /** Reads an SPDX 2.x tag-value document. */
  public static Sbom readTagValue(byte[] bytes, String document) throws SbomException {
    SpdxDoc doc;
    try {
      doc = SpdxTagValueReader.read(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw bad(document, "not a valid SPDX tag-value document", e);
    }
    return decode(doc, document);
  }

  private static Sbom decode(SpdxDoc doc, String document) throws SbomException {
    try {
      return SpdxDecoder.decode(doc);
    } catch (IllegalArgumentException e) {
      throw bad(document, "unusable SPDX content", e);
    }
  }

  private static SbomException bad(String document, String what, Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("\\p{Cntrl}", "?");
    if (m.length() > 300) {
      m = m.substring(0, 300) + "...";
    }
    return new SbomException(document + ": " + what + ": " + m, e);
  }
}
