package dev.lashing.image.registry;

import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.ManifestDocument;
import dev.lashing.image.oci.ManifestDocument.ImageIndex;
import dev.lashing.image.oci.ManifestDocument.ImageManifest;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Fetches and verifies the manifest of a reference: a bounded read, the body checked against the
 * requested digest and against {@code Docker-Content-Digest}, an index resolved to one platform.
 */
final class Manifests {
  static final String ACCEPT =
      String.join(
          ", ",
          MediaTypes.OCI_MANIFEST,
          MediaTypes.OCI_INDEX,
          MediaTypes.DOCKER_MANIFEST,
          MediaTypes.DOCKER_MANIFEST_LIST);

  /** The image manifest and the platform to report when its config names none. */
  record Resolved(ImageManifest manifest, Platform fallbackPlatform) {}

  private Manifests() {}

  static Resolved resolve(RegistryClient client, ImageRef ref, Platform wanted, Limits limits)
      throws ImageException {
    String where = ref.toString();
    ManifestDocument doc = fetch(client, ref, ref.reference(), ref.digest(), where, limits);
    return switch (doc) {
      case ImageManifest m -> new Resolved(m, wanted);
      case ImageIndex index -> {
        Descriptor d = OciDocuments.selectPlatform(index, wanted, where);
        String childWhere = ref.name() + "@" + d.digest() + " (" + where + ")";
        ManifestDocument child =
            fetch(client, ref, d.digest().toString(), d.digest(), childWhere, limits);
        if (!(child instanceof ImageManifest m)) {
          throw new ImageException(childWhere + ": an index inside an index is not supported");
        }
        yield new Resolved(m, d.platform() != null ? d.platform() : wanted);
      }
    };
  }

  private static ManifestDocument fetch(
      RegistryClient client,
      ImageRef ref,
      String reference,
      @Nullable Digest expected,
      String where,
      Limits limits)
      throws ImageException {
    String path = "/v2/" + ref.repository() + "/manifests/" + reference;
    HttpResponse<InputStream> r = client.get(path, Map.of("Accept", ACCEPT), where);
    if (r.statusCode() == 404) {
      Problems.RegistryError err = Problems.error(r);
      if (err != null && err.code().equals("NAME_UNKNOWN")) {
        throw new ImageException(where + ": repository unknown (check the repository name)");
      }
      throw new ImageException(
          where + ": manifest unknown (check the " + (expected != null ? "digest" : "tag") + ")");
    }
    byte[] body = readBounded(r, limits.maxJsonBytes(), where);
    if (expected != null) {
      Digest actual = hash(body, expected);
      if (!actual.equals(expected)) {
        throw new ImageException(
            where
                + ": manifest digest mismatch (the registry sent content hashing to "
                + actual
                + ")");
      }
    }
    String header = r.headers().firstValue("Docker-Content-Digest").orElse(null);
    if (header != null && !header.isBlank()) {
      Digest announced;
      try {
        announced = Digest.parse(header.trim());
      } catch (IllegalArgumentException e) {
        throw new ImageException(
            where + ": registry sent a malformed Docker-Content-Digest header");
      }
      Digest actual = hash(body, announced);
      if (!actual.equals(announced)) {
        throw new ImageException(
            where
                + ": manifest digest mismatch (Docker-Content-Digest says "
                + announced
                + ", the content hashes to "
                + actual
                + ")");
      }
    }
    String contentType =
        r.headers().firstValue("Content-Type").map(Manifests::mediaType).orElse(null);
    return OciDocuments.parseManifest(body, contentType, where);
  }

  private static byte[] readBounded(HttpResponse<InputStream> r, int max, String where)
      throws ImageException {
    OptionalLong length = r.headers().firstValueAsLong("Content-Length");
    String tooBig = where + ": manifest is larger than the " + max + "-byte limit";
    try (InputStream in = r.body()) {
      if (length.isPresent() && length.getAsLong() > max) {
        throw new ImageException(tooBig);
      }
      byte[] body = in.readNBytes(max + 1);
      if (body.length > max) {
        throw new ImageException(tooBig);
      }
      return body;
    } catch (IOException e) {
      throw new ImageException(
          where
              + ": reading the manifest from "
              + r.uri()
              + " failed ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
  }

  static Digest hash(byte[] body, Digest like) {
    try {
      MessageDigest md = MessageDigest.getInstance(like.jcaName());
      return new Digest(like.algorithm(), HexFormat.of().formatHex(md.digest(body)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi >= 0 ? contentType.substring(0, semi) : contentType).trim();
  }
}
