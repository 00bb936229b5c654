package dev.lashing.sbom;

import dev.lashing.sbom.cyclonedx.CycloneDx;
import dev.lashing.sbom.plain.SbomJson;
import dev.lashing.sbom.plain.SbomTable;
import dev.lashing.sbom.spdx.Spdx;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes an {@link Sbom} in any {@link SbomFormat}; reads the four standard formats back. */
public final class SbomCodecs {
  /** Documents larger than this are refused. */
  public static final int MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

  private SbomCodecs() {}

  public static void write(Sbom sbom, SbomFormat format, Writer out) throws IOException {
    switch (format) {
      case CYCLONEDX_JSON -> CycloneDx.writeJson(sbom, out);
      case CYCLONEDX_XML -> CycloneDx.writeXml(sbom, out);
      case SPDX_JSON -> Spdx.writeJson(sbom, out);
      case SPDX_TV -> Spdx.writeTagValue(sbom, out);
      case TABLE -> SbomTable.write(sbom, out);
      case JSON -> SbomJson.write(sbom, out);
    }
  }

  /** Reads a file, telling its format from its content. */
  public static Sbom read(Path file) throws SbomException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new SbomException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new SbomException(
          file + ": larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB, refused");
    }
    return read(bytes, file.toString());
  }

  /** Reads a document, telling its format from its content. */
  public static Sbom read(byte[] bytes, String document) throws SbomException {
    return read(bytes, detect(bytes, document), document);
  }

  public static Sbom read(byte[] bytes, SbomFormat format, String document) throws SbomException {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new SbomException(document + ": larger than 256 MiB, refused");
    }
    return switch (format) {
      case CYCLONEDX_JSON -> CycloneDx.readJson(bytes, document);
      case CYCLONEDX_XML -> CycloneDx.readXml(bytes, document);
      case SPDX_JSON -> Spdx.readJson(bytes, document);
      case SPDX_TV -> Spdx.readTagValue(bytes, document);
      case TABLE, JSON ->
          throw new SbomException(document + ": the " + format + " format is not read back");
    };
  }

  /** Which standard format a document is in, from its first bytes. */
  public static SbomFormat detect(byte[] bytes, String document) throws SbomException {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8)
            .stripLeading();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1).stripLeading();
    }
    if (head.startsWith("{")) {
      if (head.contains("\"bomFormat\"")) {
        return SbomFormat.CYCLONEDX_JSON;
      }
      if (head.contains("\"spdxVersion\"")) {
        return SbomFormat.SPDX_JSON;
      }
    } else if (head.startsWith("<")) {
      if (head.contains("cyclonedx.org/schema/bom")) {
        return SbomFormat.CYCLONEDX_XML;
      }
    } else if (head.lines().anyMatch(l -> l.startsWith("SPDXVersion:"))) {
      return SbomFormat.SPDX_TV;
    }
    throw new SbomException(
        document
            + ": not a CycloneDX (JSON, XML) or SPDX (JSON, tag-value) document"
            + (head.isEmpty() ? " (empty)" : "")
            + "; "
            + "formats read: cyclonedx-json, cyclonedx-xml, spdx-json, spdx-tv"
                .toLowerCase(Locale.ROOT));
  }
}
