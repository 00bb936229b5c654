package dev.lashing.image.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Digest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A small OCI image built in memory: gzip tar layers holding one text file each, a config naming
 * the architecture, and the manifest. {@link #blobs()} maps digest strings to blob bytes.
 */
record TestImage(
    String arch,
    byte[] manifest,
    Digest manifestDigest,
    Digest configDigest,
    List<Digest> layerDigests,
    List<byte[]> layerTars,
    Map<String, byte[]> blobs) {

  static TestImage build(String arch, int layers) {
    Map<String, byte[]> blobs = new LinkedHashMap<>();
    List<Digest> layerDigests = new ArrayList<>();
    List<byte[]> tars = new ArrayList<>();
    ObjectNode config = OciDocuments.json().createObjectNode();
    config.put("architecture", arch).put("os", "linux");
    ObjectNode rootfs = config.putObject("rootfs").put("type", "layers");
    ArrayNode diffIds = rootfs.putArray("diff_ids");
    ArrayNode history = config.putArray("history");
    ObjectNode manifest = OciDocuments.json().createObjectNode();
    manifest.put("schemaVersion", 2).put("mediaType", MediaTypes.OCI_MANIFEST);
    ArrayNode ls = OciDocuments.json().createArrayNode();
    for (int i = 0; i < layers; i++) {
      byte[] tar = tar("etc/hello-" + i, ("hello " + arch + " " + i + "\n").repeat(100 * (i + 1)));
      byte[] gz = gzip(tar);
      Digest d = OciDocuments.sha256(gz);
      blobs.put(d.toString(), gz);
      layerDigests.add(d);
      tars.add(tar);
      diffIds.add(OciDocuments.sha256(tar).toString());
      history.addObject().put("created_by", "ADD hello-" + i);
      ls.addObject()
          .put("mediaType", MediaTypes.OCI_LAYER_GZIP)
          .put("digest", d.toString())
          .put("size", gz.length);
    }
    byte[] cfg = bytes(config);
    Digest cd = OciDocuments.sha256(cfg);
    blobs.put(cd.toString(), cfg);
    manifest
        .putObject("config")
        .put("mediaType", MediaTypes.OCI_CONFIG)
        .put("digest", cd.toString())
        .put("size", cfg.length);
    manifest.set("layers", ls);
    byte[] m = bytes(manifest);
    return new TestImage(arch, m, OciDocuments.sha256(m), cd, layerDigests, tars, blobs);
  }

  /** An OCI index over {@code images}, one linux/arch entry each. */
  static byte[] index(List<TestImage> images) {
    ObjectNode index = OciDocuments.json().createObjectNode();
    index.put("schemaVersion", 2).put("mediaType", MediaTypes.OCI_INDEX);
    ArrayNode ms = index.putArray("manifests");
    for (TestImage i : images) {
      ObjectNode e = ms.addObject();
      e.put("mediaType", MediaTypes.OCI_MANIFEST)
          .put("digest", i.manifestDigest().toString())
          .put("size", i.manifest().length);
      e.putObject("platform").put("os", "linux").put("architecture", i.arch());
    }
    return bytes(index);
  }

  static byte[] tar(String name, String content) {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      TarArchiveEntry e = new TarArchiveEntry(name);
      e.setSize(data.length);
      e.setModTime(0);
      tar.putArchiveEntry(e);
      tar.write(data);
      tar.closeArchiveEntry();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(ObjectNode n) {
    try {
      return OciDocuments.json().writeValueAsBytes(n);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
