package dev.lashing.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Compression;
import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Layer;
import dev.lashing.image.archive.DockerArchives.Img;
import dev.lashing.model.Digest;
import dev.lashing.model.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads real and generated docker-archives. */
class DockerArchiveSourceTest {
  @TempDir Path tmp;

  private ImageOptions options() {
    return new ImageOptions(
        null,
        false,
        null,
        null,
        null,
        tmp.resolve("spool"),
        java.time.Duration.ofSeconds(5),
        0,
        dev.lashing.image.Limits.DEFAULTS);
  }

  @Test
  void readsRealGzippedDockerSaveOfAlpine310() throws Exception {
    Files.createDirectories(tmp.resolve("spool"));
    Path tar = Fixtures.resource("docker-archive/alpine-310.tar.gz");
    try (Image image = DockerArchiveSource.open(tar, null, options())) {
      assertThat(image.kind()).isEqualTo(Image.Kind.DOCKER_ARCHIVE);
      assertThat(image.name()).isEqualTo(tar.toString());
      assertThat(image.tags()).containsExactly("alpine:3.10");
      assertThat(image.manifestDigest()).isNull();
      assertThat(image.configDigest())
          .isEqualTo(
              Digest.parse(
                  "sha256:af341ccd2df8b0e2d67cf8dd32e087bfda4e5756ebd1c76bbf3efa0dc246590e"));
      assertThat(image.platform()).isEqualTo(new Platform("linux", "amd64", null));
      assertThat(image.layers()).hasSize(1);
      Layer layer = image.layers().getFirst();
      assertThat(layer.compression()).isEqualTo(Compression.NONE);
      assertThat(layer.size()).isEqualTo(5818880);
      // An uncompressed legacy layer's blob digest is its diff id.
      assertThat(layer.digest()).isEqualTo(layer.diffId());
      assertThat(Fixtures.entries(image, layer)).contains("etc/alpine-release", "bin/busybox");
      assertThat(Files.list(tmp.resolve("spool"))).hasSize(1);
    }
    try (Stream<Path> left = Files.list(tmp.resolve("spool"))) {
      assertThat(left).as("spooled tar deleted on close").isEmpty();
    }
  }

  @Test
  void readsRealAlpine311ByNormalizedTag() throws Exception {
    Path tar = Fixtures.resource("docker-archive/alpine-311.tar.gz");
    try (Image image =
        DockerArchiveSource.open(tar, "docker.io/library/alpine:3.11", ImageOptions.defaults())) {
      assertThat(image.tags()).containsExactly("alpine:3.11");
      assertThat(Fixtures.entries(image, image.layers().getFirst())).contains("etc/os-release");
    }
  }

  @Test
  void readsDocker25ArchiveWithBlobsAndNullIndex() throws Exception {
    Path tar = Fixtures.resource("docker-archive/hello-world-v25.tar");
    try (Image image = ArchiveSources.open(tar, null, ImageOptions.defaults())) {
      assertThat(image.kind()).isEqualTo(Image.Kind.DOCKER_ARCHIVE);
      assertThat(image.tags()).isEmpty();
      assertThat(image.manifestDigest()).as("index.json lists no manifests").isNull();
      assertThat(image.platform().architecture()).isEqualTo("arm64");
      Layer layer = image.layers().getFirst();
      assertThat(layer.digest().hex())
          .isEqualTo("12660636fe55438cc3ae7424da7ac56e845cdb52493ff9cf949c47a7f57f8b43");
      assertThat(layer.createdBy()).isEqualTo("COPY hello / # buildkit");
      assertThat(Fixtures.entries(image, layer)).containsExactly("hello");
    }
  }

  @Test
  void multiImageTarWithSymlinkedLegacyLayer() throws Exception {
    Path tar = Fixtures.resource("docker-archive/test_link.tar");
    try (Image image =
        DockerArchiveSource.open(tar, "bazel/v1/tarball:test_image_3", ImageOptions.defaults())) {
      assertThat(image.layers()).hasSize(2);
      for (Layer l : image.layers()) {
        Fixtures.drain(image, l);
      }
    }
    assertThatThrownBy(() -> DockerArchiveSource.open(tar, null, ImageOptions.defaults()))
        .isInstanceOf(ImageException.class)
        .hasMessage(
            tar
                + ": holds 2 images; name one by tag (available: bazel/v1/tarball:test_image_1,"
                + " bazel/v1/tarball:test_image_3)");
    assertThatThrownBy(() -> DockerArchiveSource.open(tar, "nope:1", ImageOptions.defaults()))
        .hasMessageContaining("no image tagged 'nope:1' (available: bazel/v1/tarball:test_image_1");
  }

  @Test
  void manifestAfterLayersInRealBundle() throws Exception {
    Path tar = Fixtures.resource("docker-archive/test_bundle.tar");
    try (Image image =
        ArchiveSources.open(
            tar, "docker.io/library/test_image_2:latest", ImageOptions.defaults())) {
      assertThat(image.layers()).hasSize(1);
      Fixtures.drain(image, image.layers().getFirst());
    }
  }

  @Test
  void generatedLegacyArchivesWithEachCompressionAndManifestPosition() throws Exception {
    byte[] a = TarWriter.layer("a");
    byte[] b = TarWriter.layer("b");
    byte[] c = TarWriter.layer("c");
    for (boolean first : new boolean[] {true, false}) {
      Img img =
          new Img(
              java.util.List.of("example.com/app:1"),
              java.util.List.of(a, TarWriter.gzip(b), TarWriter.zstd(c)),
              java.util.List.of(TarWriter.sha256(a), TarWriter.sha256(b), TarWriter.sha256(c)));
      Path tar = Fixtures.write(tmp, "gen-" + first + ".tar", DockerArchives.legacy(first, img));
      try (Image image = ArchiveSources.open(tar, null, ImageOptions.defaults())) {
        assertThat(image.layers())
            .extracting(Layer::compression)
            .containsExactly(Compression.NONE, Compression.GZIP, Compression.ZSTD);
        assertThat(image.layers().get(1).digest()).isEqualTo(TarWriter.sha256(TarWriter.gzip(b)));
        assertThat(image.layers().get(2).createdBy()).startsWith("ADD layer");
        assertThat(Fixtures.entries(image, image.layers().get(2))).contains("etc/c");
      }
    }
  }

  @Test
  void gzippedBlobsArchiveReportsManifestDigestFromIndex() throws Exception {
    byte[] layer = TarWriter.layer("x");
    Img img = Img.of("app:2", TarWriter::gzip, layer);
    byte[] base = DockerArchives.blobs(img);
    // Add an OCI index.json + manifest as docker >= 25 does.
    byte[] config = img.config().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] blob = img.blobs().getFirst();
    String manifest =
        OciLayouts.manifest(config, "application/vnd.oci.image.layer.v1.tar+gzip", blob);
    byte[] mBytes = manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    TarWriter t = new TarWriter();
    copyEntries(base, t);
    t.file("blobs/sha256/" + TarWriter.sha256(mBytes).hex(), mBytes)
        .file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}")
        .file("index.json", OciLayouts.index(OciLayouts.descriptor(mBytes, "app:2", null)));
    Path tgz = Fixtures.write(tmp, "d25.tar.gz", TarWriter.gzip(t.toBytes()));
    try (Image image = ArchiveSources.open(tgz, "app:2", ImageOptions.defaults())) {
      assertThat(image.kind()).isEqualTo(Image.Kind.DOCKER_ARCHIVE);
      assertThat(image.manifestDigest()).isEqualTo(TarWriter.sha256(mBytes));
      assertThat(image.layers().getFirst().digest()).isEqualTo(TarWriter.sha256(blob));
      assertThat(Fixtures.entries(image, image.layers().getFirst())).contains("etc/x");
    }
  }

  static void copyEntries(byte[] tar, TarWriter into) throws java.io.IOException {
    var in =
        new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
            new java.io.ByteArrayInputStream(tar));
    org.apache.commons.compress.archivers.tar.TarArchiveEntry e;
    while ((e = in.getNextEntry()) != null) {
      into.file(e.getName(), in.readAllBytes());
    }
  }
}
