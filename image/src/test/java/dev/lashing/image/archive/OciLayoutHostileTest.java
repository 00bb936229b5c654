package dev.lashing.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Limits;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile OCI layouts: each fails with one line naming the layout or blob. */
class OciLayoutHostileTest {
  private static final ImageOptions AMD64 =
      ImageOptions.defaults().withPlatform(Platform.parse("linux/amd64"));

  @TempDir Path tmp;

  private static ImageException fails(Path p, ImageOptions o) {
    try (Image ignored = OciLayoutSource.open(p, null, o)) {
      throw new AssertionError("opened " + p);
    } catch (ImageException e) {
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ImageException fails(Path p) {
    return fails(p, AMD64);
  }

  private static OciLayouts gzipImage() {
    byte[] plain = TarWriter.layer("a");
    return OciLayouts.image(MediaTypes.OCI_LAYER_GZIP, "v1", plain, TarWriter.gzip(plain));
  }

  @Test
  void realBrokenLayoutsFromTrivy() {
    Path bad = Fixtures.resource("oci-layout/test_bad_index_json.oci");
    assertThat(fails(bad)).hasMessageStartingWith(bad + ": index.json: malformed JSON (");
    Path empty = Fixtures.resource("oci-layout/test_no_valid_manifests.oci");
    assertThat(fails(empty))
        .hasMessage(empty + ": index.json: not an image manifest (schemaVersion must be 2)");
    Path invalid = Fixtures.resource("oci-layout/test_invalid_oci_image.oci");
    assertThat(fails(invalid))
        .hasMessage(
            invalid
                + ": sha256:bad744871f99e0ff8e6f253244836ed34c5d805fdb096d3a205ffaf5e9073cab:"
                + " unsupported media type 'application/badmedia+json'");
  }

  @Test
  void layoutVersionAndMissingFiles() throws Exception {
    Path dir = gzipImage().put("oci-layout", "{\"imageLayoutVersion\":\"2.0.0\"}").writeDir(tmp);
    assertThat(fails(dir))
        .hasMessage(dir + ": oci-layout: unsupported imageLayoutVersion '2.0.0', expected 1.0.0");
    Files.delete(dir.resolve("oci-layout"));
    assertThat(fails(dir)).hasMessage(dir + ": no oci-layout file, not an OCI image layout");
    Files.writeString(dir.resolve("oci-layout"), OciLayouts.LAYOUT);
    Files.delete(dir.resolve("index.json"));
    assertThat(fails(dir)).hasMessage(dir + ": index.json: missing");
  }

  @Test
  void missingAndMismatchedBlobs() throws Exception {
    byte[] plain = TarWriter.layer("a");
    byte[] blob = TarWriter.gzip(plain);
    String blobPath = "blobs/sha256/" + TarWriter.sha256(blob).hex();
    Path dir = OciLayouts.image(MediaTypes.OCI_LAYER_GZIP, "v1", plain, blob).writeDir(tmp);
    Files.write(dir.resolve(blobPath), TarWriter.gzip(TarWriter.layer("b")));
    try (Image image = OciLayoutSource.open(dir, null, AMD64)) {
      var l = image.layers().getFirst();
      assertThatThrownBy(() -> Fixtures.drain(image, l))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("layer " + l.digest() + ": ")
          .hasMessageNotContaining("diff id");
    }
    Files.delete(dir.resolve(blobPath));
    try (Image image = OciLayoutSource.open(dir, null, AMD64)) {
      var l = image.layers().getFirst();
      assertThatThrownBy(() -> image.openLayer(l))
          .hasMessage("layer " + l.digest() + ": blob missing from " + dir);
    }
    // A manifest whose config blob is absent.
    for (Path p : Files.list(dir.resolve("blobs/sha256")).toList()) {
      if (Files.readString(p, StandardCharsets.ISO_8859_1).contains("\"rootfs\"")) {
        Files.delete(p);
      }
    }
    assertThat(fails(dir)).hasMessageMatching(".*: config sha256:[0-9a-f]{64}: blob missing");
  }

  @Test
  void bytesAppendedAfterTheGzipStreamAreCaught() throws Exception {
    byte[] plain = TarWriter.layer("a");
    byte[] blob = TarWriter.gzip(plain);
    Path dir = OciLayouts.image(MediaTypes.OCI_LAYER_GZIP, "v1", plain, blob).writeDir(tmp);
    Path blobPath = dir.resolve("blobs/sha256/" + TarWriter.sha256(blob).hex());
    Files.write(blobPath, "appended".getBytes(), java.nio.file.StandardOpenOption.APPEND);
    try (Image image = OciLayoutSource.open(dir, null, AMD64)) {
      var l = image.layers().getFirst();
      assertThatThrownBy(() -> Fixtures.drain(image, l))
          .hasMessage(
              "layer " + l.digest() + ": more data than the " + blob.length + " bytes declared");
    }
  }

  @Test
  void symlinkedBlobOutsideTheLayoutIsRefused() throws Exception {
    Path dir = gzipImage().writeDir(tmp.resolve("layout"));
    Path outside = Files.writeString(tmp.resolve("secret"), "{}");
    try (var blobs = Files.list(dir.resolve("blobs/sha256"))) {
      for (Path p : blobs.toList()) {
        if (Files.readString(p, StandardCharsets.ISO_8859_1).contains("\"layers\"")) {
          Files.delete(p);
          Files.createSymbolicLink(p, outside);
        }
      }
    }
    assertThat(fails(dir)).hasMessageContaining("symlink points outside the layout");
  }

  @Test
  void tarLayoutWithEscapingSymlink() throws Exception {
    OciLayouts l = gzipImage();
    byte[] tar = l.toTar();
    TarWriter t = new TarWriter();
    DockerArchiveSourceTest.copyEntries(tar, t);
    // Replace index.json by a symlink pointing out of the archive (later entries win).
    t.symlink("index.json", "../../../etc/passwd");
    Path p = Fixtures.write(tmp, "l.tar", t.toBytes());
    assertThat(fails(p)).hasMessageContaining("index.json: 'index.json': link points outside");
  }

  @Test
  void unknownLayerMediaTypeAndTooLargeJson() throws Exception {
    byte[] plain = TarWriter.layer("a");
    Path dir =
        OciLayouts.image("application/x-weird-layer", null, plain, plain)
            .writeDir(tmp.resolve("u"));
    assertThat(fails(dir)).hasMessageContaining("unknown layer media type 'application/x-weird");
    Path ok = gzipImage().writeDir(tmp.resolve("ok"));
    ImageOptions tiny = AMD64.withLimits(new Limits(100, 1L << 30, 1L << 30, 100));
    assertThat(fails(ok, tiny))
        .hasMessageMatching(".*: index.json is \\d+ bytes, over the 100-byte limit for JSON");
  }

  @Test
  void nestingDepthIsCapped() throws Exception {
    OciLayouts l = gzipImage();
    // Wrap the manifest in six levels of single-entry indexes, each for linux/amd64.
    byte[] inner = null;
    for (int i = 0; i < 6; i++) {
      String body =
          i == 0
              ? firstIndex(l)
              : OciLayouts.index(OciLayouts.descriptor(inner, null, "linux/amd64"));
      inner = body.getBytes(StandardCharsets.UTF_8);
      l.blob(inner);
    }
    l.put("index.json", OciLayouts.index(OciLayouts.descriptor(inner, "deep", null)));
    Path dir = l.writeDir(tmp.resolve("deep"));
    assertThat(fails(dir)).hasMessage(dir + ": indexes nested more than 4 deep");
  }

  private static String firstIndex(OciLayouts l) throws IOException {
    // The top-level index.json written by image() holds the manifest descriptor; reuse it.
    Path scratch = Files.createTempDirectory("idx");
    try {
      l.writeDir(scratch);
      return Files.readString(scratch.resolve("index.json"))
          .replace(
              "\"annotations\":{\"org.opencontainers.image.ref.name\":\"v1\"}",
              "\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}");
    } finally {
      try (var files = Files.walk(scratch)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
