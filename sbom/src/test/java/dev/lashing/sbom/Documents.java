package dev.lashing.sbom;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Test helpers: write an SBOM to a string; redact the volatile fields of a document. */
public final class Documents {
  private Documents() {}

  public static String write(Sbom sbom, SbomFormat format) {
    StringWriter out = new StringWriter();
    try {
      SbomCodecs.write(sbom, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Replaces timestamps, serial numbers and namespaces' UUIDs with fixed text. */
  public static String redact(String document) {
    return document
        .replaceAll(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "00000000-0000-0000-0000-000000000000")
        .replaceAll(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})",
            "1970-01-01T00:00:00Z");
  }
}
