package dev.lashing.image.oci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageException;
import dev.lashing.image.oci.ManifestDocument.ImageIndex;
import dev.lashing.image.oci.ManifestDocument.ImageManifest;
import dev.lashing.model.Digest;
import dev.lashing.model.Platform;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Parses and validates manifests, indexes and image configs. Every error names the document ({@code
 * where}) and the field that is wrong.
 */
public final class OciDocuments {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build());
  }

  private OciDocuments() {}

  /** The shared JSON mapper, configured with conservative read limits. */
  public static ObjectMapper json() {
    return JSON;
  }

  /**
   * Parses an image manifest or index.
   *
   * @param contentType the media type the transport announced (registry Content-Type, descriptor),
   *     used when the document itself carries none
   */
  public static ManifestDocument parseManifest(
      byte[] bytes, @Nullable String contentType, String where) throws ImageException {
    JsonNode root = readTree(bytes, where);
    Digest digest = sha256(bytes);
    String mediaType = text(root, "mediaType");
    if (mediaType == null) {
      mediaType = contentType;
    }
    int schemaVersion = root.path("schemaVersion").asInt(-1);
    if (schemaVersion == 1
        || MediaTypes.DOCKER_SCHEMA1.equals(mediaType)
        || MediaTypes.DOCKER_SCHEMA1_SIGNED.equals(mediaType)) {
      throw new ImageException(
          where
              + ": Docker schema 1 manifests are not supported (deprecated); re-push the image with a current client");
    }
    if (schemaVersion != 2) {
      throw new ImageException(where + ": not an image manifest (schemaVersion must be 2)");
    }
    if (mediaType == null || mediaType.isBlank() || mediaType.startsWith("application/json")) {
      // OCI allows documents without mediaType; decide by shape.
      mediaType = root.has("manifests") ? MediaTypes.OCI_INDEX : MediaTypes.OCI_MANIFEST;
    }
    if (MediaTypes.isIndex(mediaType)) {
      JsonNode list = root.get("manifests");
      if (list == null || !list.isArray()) {
        throw new ImageException(where + ": index has no 'manifests' array");
      }
      List<Descriptor> manifests = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        manifests.add(descriptor(list.get(i), where + " manifests[" + i + "]"));
      }
      return new ImageIndex(mediaType, digest, manifests);
    }
    if (MediaTypes.isManifest(mediaType)) {
      JsonNode config = root.get("config");
      JsonNode layers = root.get("layers");
      if (config == null || !config.isObject()) {
        throw new ImageException(where + ": manifest has no 'config' descriptor");
      }
      if (layers == null || !layers.isArray()) {
        throw new ImageException(where + ": manifest has no 'layers' array");
      }
      Descriptor cfg = descriptor(config, where + " config");
      List<Descriptor> ls = new ArrayList<>();
      for (int i = 0; i < layers.size(); i++) {
        Descriptor d = descriptor(layers.get(i), where + " layers[" + i + "]");
        if (MediaTypes.layerCompression(d.mediaType()).isEmpty()) {
          throw new ImageException(
              where
                  + " layers["
                  + i
                  + "] "
                  + d.digest()
                  + ": unknown layer media type '"
                  + d.mediaType()
                  + "'");
        }
        ls.add(d);
      }
      return new ImageManifest(mediaType, digest, cfg, ls, stringMap(root.get("annotations")));
    }
    throw new ImageException(where + ": unsupported manifest media type '" + mediaType + "'");
  }

  /** Parses an image configuration blob. */
  public static ImageConfig parseConfig(byte[] bytes, String where) throws ImageException {
    JsonNode root = readTree(bytes, where);
    if (!root.isObject()) {
      throw new ImageException(where + ": image config is not a JSON object");
    }
    JsonNode c = root.path("config");
    Platform platform = null;
    String os = text(root, "os");
    String arch = text(root, "architecture");
    if (os != null && arch != null && !os.isBlank() && !arch.isBlank()) {
      platform = new Platform(os, arch, text(root, "variant"));
    }
    List<ImageConfig.History> history = new ArrayList<>();
    for (JsonNode h : root.path("history")) {
      history.add(
          new ImageConfig.History(
              text(h, "created"),
              text(h, "created_by"),
              text(h, "comment"),
              h.path("empty_layer").asBoolean(false)));
    }
    List<Digest> diffIds = new ArrayList<>();
    JsonNode ids = root.path("rootfs").path("diff_ids");
    for (int i = 0; i < ids.size(); i++) {
      try {
        diffIds.add(Digest.parse(ids.get(i).asText()));
      } catch (IllegalArgumentException e) {
        throw new ImageException(where + ": rootfs.diff_ids[" + i + "]: " + e.getMessage());
      }
    }
    List<String> ports = new ArrayList<>(stringMap(c.get("ExposedPorts"), true).keySet());
    List<String> volumes = new ArrayList<>(stringMap(c.get("Volumes"), true).keySet());
    return new ImageConfig(
        platform,
        text(root, "created"),
        text(root, "author"),
        text(c, "User"),
        strings(c.get("Entrypoint")),
        strings(c.get("Cmd")),
        strings(c.get("Env")),
        ports,
        new TreeMap<>(stringMap(c.get("Labels"))),
        text(c, "WorkingDir"),
        volumes,
        text(c, "StopSignal"),
        history,
        diffIds);
  }

  /**
   * Picks the manifest for {@code wanted} from an index, skipping attestation entries. Fails with
   * the list of platforms the index offers.
   */
  public static Descriptor selectPlatform(ImageIndex index, Platform wanted, String where)
      throws ImageException {
    List<String> offered = new ArrayList<>();
    Descriptor best = null;
    for (Descriptor d : index.manifests()) {
      Platform p = d.platform();
      if (p == null || p.os().equals("unknown")) {
        continue;
      }
      offered.add(p.toString());
      if (wanted.accepts(p) && best == null) {
        best = d;
      }
    }
    if (best != null) {
      return best;
    }
    if (offered.isEmpty() && index.manifests().size() == 1) {
      return index.manifests().getFirst();
    }
    throw new ImageException(
        where
            + ": no image for platform "
            + wanted
            + " (offered: "
            + String.join(", ", offered)
            + "); choose one with --platform");
  }

  public static Digest sha256(byte[] bytes) {
    try {
      return Digest.sha256(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode readTree(byte[] bytes, String where) throws ImageException {
    try {
      JsonNode n = JSON.readTree(bytes);
      if (n == null || n.isMissingNode()) {
        throw new ImageException(where + ": empty document");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new ImageException(
          where
              + ": malformed JSON ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + ")");
    } catch (java.io.IOException e) {
      throw new ImageException(where + ": unreadable JSON (" + e.getMessage() + ")");
    }
  }

  static Descriptor descriptor(@Nullable JsonNode n, String where) throws ImageException {
    if (n == null || !n.isObject()) {
      throw new ImageException(where + ": descriptor is not an object");
    }
    String mediaType = text(n, "mediaType");
    String digest = text(n, "digest");
    if (mediaType == null || mediaType.isBlank()) {
      throw new ImageException(where + ": descriptor has no mediaType");
    }
    if (digest == null) {
      throw new ImageException(where + ": descriptor has no digest");
    }
    Digest d;
    try {
      d = Digest.parse(digest);
    } catch (IllegalArgumentException e) {
      throw new ImageException(where + ": " + e.getMessage());
    }
    JsonNode size = n.get("size");
    if (size == null || !size.canConvertToLong() || size.asLong() < 0) {
      throw new ImageException(where + " " + d + ": descriptor size missing or negative");
    }
    Platform platform = null;
    JsonNode p = n.get("platform");
    if (p != null && p.isObject()) {
      String os = text(p, "os");
      String arch = text(p, "architecture");
      if (os != null && arch != null && !os.isBlank() && !arch.isBlank()) {
        platform = new Platform(os, arch, text(p, "variant"));
      }
    }
    return new Descriptor(
        mediaType,
        d,
        size.asLong(),
        platform,
        stringMap(n.get("annotations")),
        strings(n.get("urls")));
  }

  static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  static List<String> strings(@Nullable JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      for (JsonNode v : n) {
        if (v.isValueNode()) {
          out.add(v.asText());
        }
      }
    } else if (n != null && n.isTextual()) {
      out.add(n.asText());
    }
    return out;
  }

  static Map<String, String> stringMap(@Nullable JsonNode n) {
    return stringMap(n, false);
  }

  static Map<String, String> stringMap(@Nullable JsonNode n, boolean keysOnly) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n != null && n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), keysOnly || !e.getValue().isValueNode() ? "" : e.getValue().asText());
      }
    }
    return out;
  }
}
