package dev.lashing.image.fs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import dev.lashing.image.oci.BlobSource;
import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.ManifestDocument.ImageIndex;
import dev.lashing.image.oci.ManifestDocument.ImageManifest;
import dev.lashing.image.oci.ManifestImage;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Digest;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Minimal openers for the test images (OCI layout, docker-archive), test-only stand-ins for the
 * image sources of {@code dev.lashing.image.archive}.
 */
final class TestImageSources {
  private TestImageSources() {}

  static Image ociLayout(Path dir, String tag) throws IOException, ImageException {
    BlobSource blobs =
        d ->
            Files.newInputStream(
                dir.resolve("blobs").resolve(d.digest().algorithm()).resolve(d.digest().hex()));
    ImageIndex index =
        (ImageIndex)
            OciDocuments.parseManifest(
                Files.readAllBytes(dir.resolve("index.json")),
                MediaTypes.OCI_INDEX,
                dir + "/index.json");
    Descriptor chosen =
        index.manifests().stream().filter(d -> tag.equals(d.refName())).findFirst().orElseThrow();
    byte[] bytes = ManifestImage.readVerified(blobs, chosen, "manifest", dir.toString());
    ImageManifest manifest =
        (ImageManifest) OciDocuments.parseManifest(bytes, chosen.mediaType(), "manifest");
    return ManifestImage.assemble(
        Image.Kind.OCI_LAYOUT,
        dir.toString(),
        null,
        List.of(tag),
        manifest,
        blobs,
        Limits.DEFAULTS,
        Platform.host(),
        () -> {});
  }

  /** Unpacks the archive into {@code work} (tests only) and serves its blobs from there. */
  static Image dockerArchive(Path tar, Path work) throws IOException, ImageException {
    try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
      TarArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        Path p = work.resolve(e.getName()).normalize();
        if (!p.startsWith(work)) {
          throw new IOException("bad archive entry " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(p);
        } else if (e.isFile()) {
          Files.createDirectories(p.getParent());
          Files.copy(in, p);
        }
      }
    }
    JsonNode m = OciDocuments.json().readTree(work.resolve("manifest.json").toFile()).get(0);
    Map<Digest, Path> files = new HashMap<>();
    Descriptor config =
        describe(work.resolve(m.get("Config").asText()), MediaTypes.OCI_CONFIG, files);
    List<Descriptor> layers = new ArrayList<>();
    for (JsonNode l : m.get("Layers")) {
      layers.add(describe(work.resolve(l.asText()), MediaTypes.OCI_LAYER, files));
    }
    ImageManifest manifest =
        new ImageManifest(
            MediaTypes.OCI_MANIFEST,
            sha256(work.resolve("manifest.json")),
            config,
            layers,
            Map.of());
    return ManifestImage.assemble(
        Image.Kind.DOCKER_ARCHIVE,
        tar.toString(),
        null,
        List.of(),
        manifest,
        d -> Files.newInputStream(files.get(d.digest())),
        Limits.DEFAULTS,
        Platform.host(),
        () -> {});
  }

  private static Descriptor describe(Path file, String mediaType, Map<Digest, Path> files)
      throws IOException {
    Digest d = sha256(file);
    files.put(d, file);
    return new Descriptor(mediaType, d, Files.size(file), null, Map.of(), List.of());
  }

  private static Digest sha256(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return Digest.sha256(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
