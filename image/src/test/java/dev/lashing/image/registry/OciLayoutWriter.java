package dev.lashing.image.registry;

import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.OciDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes {@link TestImage}s as an OCI image layout that {@code skopeo copy oci:DIR:TAG} reads. */
final class OciLayoutWriter {
  private OciLayoutWriter() {}

  /**
   * @param single images tagged by name in index.json
   * @param multi name → images published together under one nested index
   */
  static void write(Path dir, Map<String, TestImage> single, Map<String, List<TestImage>> multi)
      throws IOException {
    Files.createDirectories(dir.resolve("blobs/sha256"));
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    StringBuilder entries = new StringBuilder();
    for (var e : single.entrySet()) {
      TestImage i = e.getValue();
      blobs(dir, i);
      entry(
          entries,
          MediaTypes.OCI_MANIFEST,
          i.manifestDigest().toString(),
          i.manifest().length,
          e.getKey());
    }
    for (var e : multi.entrySet()) {
      for (TestImage i : e.getValue()) {
        blobs(dir, i);
      }
      byte[] index = TestImage.index(e.getValue());
      String digest = OciDocuments.sha256(index).toString();
      blob(dir, digest, index);
      entry(entries, MediaTypes.OCI_INDEX, digest, index.length, e.getKey());
    }
    Files.writeString(
        dir.resolve("index.json"),
        "{\"schemaVersion\":2,\"mediaType\":\""
            + MediaTypes.OCI_INDEX
            + "\",\"manifests\":["
            + entries
            + "]}");
  }

  private static void blobs(Path dir, TestImage i) throws IOException {
    for (var b : i.blobs().entrySet()) {
      blob(dir, b.getKey(), b.getValue());
    }
    blob(dir, i.manifestDigest().toString(), i.manifest());
  }

  private static void blob(Path dir, String digest, byte[] bytes) throws IOException {
    Files.write(dir.resolve("blobs/sha256").resolve(digest.substring("sha256:".length())), bytes);
  }

  private static void entry(StringBuilder b, String type, String digest, long size, String tag) {
    if (!b.isEmpty()) {
      b.append(',');
    }
    b.append("{\"mediaType\":\"").append(type).append("\",\"digest\":\"").append(digest);
    b.append("\",\"size\":").append(size).append(",\"annotations\":{");
    b.append("\"org.opencontainers.image.ref.name\":\"").append(tag).append("\"}}");
  }
}
