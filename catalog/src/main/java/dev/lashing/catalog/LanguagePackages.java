package dev.lashing.catalog;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the language catalogers: package construction, purls, bounded JSON. */
public final class LanguagePackages {
  private LanguagePackages() {}

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(256)
                .maxStringLength(16 << 20)
                .maxNumberLength(64)
                .build());
  }

  /** Parses JSON with depth and size constraints; failures name the line and column. */
  public static JsonNode json(byte[] content) throws MalformedFileException {
    try {
      JsonNode n = JSON.readTree(content);
      if (n == null || n.isMissingNode()) {
        throw new MalformedFileException("empty JSON document");
      }
      return n;
    } catch (IOException e) {
      throw new MalformedFileException("malformed JSON: " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * A text file's content: strict UTF-8 without NUL or other C0 control bytes (tab, CR and LF
   * excepted), so a binary file at a manifest's path is reported rather than half-read.
   */
  public static String utf8Text(byte[] content) throws MalformedFileException {
    for (int i = 0; i < content.length; i++) {
      int b = content[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        throw new MalformedFileException(
            "binary content (byte 0x"
                + Integer.toHexString(b)
                + " at offset "
                + i
                + ") in a text file");
      }
    }
    try {
      return java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(content))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new MalformedFileException("not UTF-8 text", e);
    }
  }

  /** The text of a JSON field, or null when absent or not a scalar. */
  public static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
  }

  /** The first line of a message, so warnings stay on one line. */
  public static String firstLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** A purl string; throws when the parts are not valid for the type. */
  public static String purl(
      PackageType type, @Nullable String namespace, String name, @Nullable String version)
      throws MalformedFileException {
    try {
      return new PackageURL(
              type.purlType(),
              namespace == null || namespace.isEmpty() ? null : namespace,
              name,
              version == null || version.isEmpty() ? null : version,
              null,
              null)
          .canonicalize();
    } catch (MalformedPackageURLException | RuntimeException e) {
      throw new MalformedFileException(
          "invalid package coordinates " + name + "@" + version + ": " + e.getMessage(), e);
    }
  }

  /** The same package under another display name (purl and id unchanged). */
  public static Package renamed(Package p, String name) {
    return new Package(
        p.id(),
        name,
        p.version(),
        p.type(),
        p.purl(),
        p.namespace(),
        p.sourceName(),
        p.sourceVersion(),
        p.arch(),
        p.licenses(),
        p.supplier(),
        p.foundBy(),
        p.locations(),
        p.metadata());
  }

  /** A language package with its purl and stable id. */
  public static Package of(
      PackageType type,
      @Nullable String namespace,
      String name,
      String version,
      List<String> licenses,
      @Nullable String supplier,
      String foundBy,
      Location location,
      Map<String, String> metadata)
      throws MalformedFileException {
    if (name.isBlank()) {
      throw new MalformedFileException("package without a name");
    }
    String purl = purl(type, namespace, name, version);
    String idName = namespace == null ? name : namespace + "/" + name;
    String id = PackageIds.of(type, idName, version, List.of(location));
    return new Package(
        id,
        name,
        version,
        type,
        purl,
        namespace,
        null,
        null,
        null,
        licenses,
        supplier,
        foundBy,
        List.of(location),
        new TreeMap<>(metadata));
  }
}
