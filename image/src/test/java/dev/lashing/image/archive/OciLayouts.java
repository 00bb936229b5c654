package dev.lashing.image.archive;

import dev.lashing.model.Digest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes OCI image layouts for tests, as a directory or as tar bytes. */
final class OciLayouts {
  static final String LAYOUT = "{\"imageLayoutVersion\":\"1.0.0\"}";

  private final List<String> names = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();

  OciLayouts blob(byte[] content) {
    return put("blobs/sha256/" + TarWriter.sha256(content).hex(), content);
  }

  OciLayouts put(String name, String content) {
    return put(name, content.getBytes(StandardCharsets.UTF_8));
  }

  OciLayouts put(String name, byte[] content) {
    names.add(name);
    contents.add(content);
    return this;
  }

  /** One image: layer blobs (as stored, each of the given media type), config and manifest. */
  static OciLayouts image(String layerMediaType, @Nullable String tag, byte[]... plainAndBlob) {
    OciLayouts l = new OciLayouts();
    List<Digest> ids = new ArrayList<>();
    List<byte[]> blobs = new ArrayList<>();
    for (int i = 0; i < plainAndBlob.length; i += 2) {
      ids.add(TarWriter.sha256(plainAndBlob[i]));
      blobs.add(plainAndBlob[i + 1]);
      l.blob(plainAndBlob[i + 1]);
    }
    byte[] config = TarWriter.config(ids.toArray(Digest[]::new)).getBytes(StandardCharsets.UTF_8);
    l.blob(config);
    byte[] m =
        manifest(config, layerMediaType, blobs.toArray(byte[][]::new))
            .getBytes(StandardCharsets.UTF_8);
    l.blob(m);
    return l.put("oci-layout", LAYOUT).put("index.json", index(descriptor(m, tag, null)));
  }

  Path writeDir(Path dir) throws IOException {
    for (int i = 0; i < names.size(); i++) {
      Fixtures.write(dir, names.get(i), contents.get(i));
    }
    return dir;
  }

  byte[] toTar() {
    TarWriter t = new TarWriter();
    for (int i = 0; i < names.size(); i++) {
      t.file(names.get(i), contents.get(i));
    }
    return t.toBytes();
  }

  static String manifest(byte[] config, String layerMediaType, byte[]... blobs) {
    StringBuilder layers = new StringBuilder();
    for (byte[] b : blobs) {
      layers.append(layers.isEmpty() ? "" : ",").append(desc(layerMediaType, b, ""));
    }
    return "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
        + "\"config\":"
        + desc("application/vnd.oci.image.config.v1+json", config, "")
        + ",\"layers\":["
        + layers
        + "]}";
  }

  static String index(String... descriptors) {
    return "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
        + "\"manifests\":["
        + String.join(",", descriptors)
        + "]}";
  }

  static String descriptor(byte[] manifest, @Nullable String tag, @Nullable String platform) {
    String extra = "";
    if (tag != null) {
      extra += ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}";
    }
    if (platform != null) {
      String[] p = platform.split("/");
      extra += ",\"platform\":{\"os\":\"" + p[0] + "\",\"architecture\":\"" + p[1] + "\"}";
    }
    String type =
        new String(manifest, StandardCharsets.UTF_8).contains("\"manifests\"")
            ? "application/vnd.oci.image.index.v1+json"
            : "application/vnd.oci.image.manifest.v1+json";
    return desc(type, manifest, extra);
  }

  static String desc(String mediaType, byte[] content, String extra) {
    return "{\"mediaType\":\""
        + mediaType
        + "\",\"digest\":\""
        + TarWriter.sha256(content)
        + "\",\"size\":"
        + content.length
        + extra
        + "}";
  }
}
