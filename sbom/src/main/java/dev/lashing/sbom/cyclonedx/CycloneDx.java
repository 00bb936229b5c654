package dev.lashing.sbom.cyclonedx;

import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

/** Writes and reads CycloneDX 1.6 documents, JSON and XML. */
public final class CycloneDx {
  /** The spec version written. */
  public static final Version VERSION = Version.VERSION_16;

  private CycloneDx() {}

  /** The CycloneDX model of an SBOM, for writers that add to it (vulnerabilities, VEX). */
  public static Bom encode(Sbom sbom) {
    return BomEncoder.encode(sbom);
  }

  public static void writeJson(Sbom sbom, Writer out) throws IOException {
    try {
      out.write(
          BomGeneratorFactory.createJson(VERSION, BomEncoder.encode(sbom)).toJsonString(true));
      out.write('\n');
    } catch (GeneratorException e) {
      throw new IOException("cannot write CycloneDX JSON: " + e.getMessage(), e);
    }
  }

  public static void writeXml(Sbom sbom, Writer out) throws IOException {
    try {
      out.write(BomGeneratorFactory.createXml(VERSION, BomEncoder.encode(sbom)).toXmlString());
      out.write('\n');
    } catch (GeneratorException e) {
      throw new IOException("cannot write CycloneDX XML: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a CycloneDX JSON document (any spec version the library parses).
   *
   * @param document names the document in messages (its file name)
   */
  public static Sbom readJson(byte[] bytes, String document) throws SbomException {
    Bom bom;
    try {
      bom = new JsonParser().parse(bytes);
    } catch (ParseException | RuntimeException e) {
      throw bad(document, "not a valid CycloneDX JSON document", e);
    }
    return decode(bom, document);
  }

  /** Reads a CycloneDX XML document; documents with a DOCTYPE are refused (no entities). */
  public static Sbom readXml(byte[] bytes, String document) throws SbomException {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (text.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
      throw new SbomException(document + ": XML with a DOCTYPE is refused (entities are not read)");
    }
    Bom bom;
    try {
      bom = new XmlParser().parse(bytes);
    } catch (ParseException | RuntimeException e) {
      throw bad(document, "not a valid CycloneDX XML document", e);
    }
    return decode(bom, document);
  }

  private static Sbom decode(Bom bom, String document) throws SbomException {
    try {
      return BomDecoder.decode(bom, document);
    } catch (IllegalArgumentException e) {
      throw bad(document, "unusable CycloneDX content", e);
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
