package dev.lashing.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Limits;
import dev.lashing.image.archive.DockerArchives.Img;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile docker-archives: each fails with one line naming the file or layer. */
class DockerArchiveHostileTest {
  private static final String CONFIG_HEX = "a".repeat(64);

  @TempDir Path tmp;

  private Path write(String name, byte[] bytes) throws IOException {
    return Fixtures.write(tmp, name, bytes);
  }

  private static ImageException openFails(Path p, ImageOptions options) {
    try (Image ignored = ArchiveSources.open(p, null, options)) {
      throw new AssertionError("opened " + p);
    } catch (ImageException e) {
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ImageException openFails(Path p) {
    return openFails(p, ImageOptions.defaults());
  }

  /** A legacy archive whose manifest.json is the given text, plus one real layer and config. */
  private Path withManifest(String manifestJson) throws IOException {
    byte[] layer = TarWriter.layer("a");
    byte[] config = TarWriter.config(TarWriter.sha256(layer)).getBytes(StandardCharsets.UTF_8);
    return write(
        "m.tar",
        new TarWriter()
            .file("l1/layer.tar", layer)
            .file(TarWriter.sha256(config).hex() + ".json", config)
            .file("manifest.json", manifestJson)
            .toBytes());
  }

  @Test
  void notAnImageAtAll() throws Exception {
    String expected = ": not a container image (no manifest.json or oci-layout/index.json found)";
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.ZipOutputStream(zip)) {
      z.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
      z.write("[]".repeat(400).getBytes());
    }
    for (var c :
        List.of(
            List.of("text.txt", "hello, this is not an image\n".repeat(40).getBytes()),
            List.of("empty", new byte[0]),
            List.of("random.bin", random),
            List.of("x.zip", zip.toByteArray()),
            List.of("dir.tar", new TarWriter().file("etc/passwd", "root").toBytes()))) {
      Path p = write((String) c.get(0), (byte[]) c.get(1));
      assertThat(openFails(p)).hasMessage(p + expected);
    }
    Path dir = Files.createDirectories(tmp.resolve("plain-dir"));
    assertThat(openFails(dir)).hasMessage(dir + expected);
    Path missing = tmp.resolve("missing.tar");
    assertThat(openFails(missing)).hasMessage(missing + ": no such file or directory");
  }

  @Test
  void realBrokenArchivesFromGoContainerRegistry() {
    Path nul = Fixtures.resource("docker-archive/null_manifest.tar");
    assertThat(openFails(nul)).hasMessage(nul + ": manifest.json: expected a JSON array of images");
    Path none = Fixtures.resource("docker-archive/no_manifest.tar");
    assertThat(openFails(none))
        .hasMessageEndingWith(
            "not a container image (no manifest.json or" + " oci-layout/index.json found)");
    assertThatThrownBy(() -> DockerArchiveSource.open(none, null, ImageOptions.defaults()))
        .hasMessage(none + ": no manifest.json, not a docker-archive");
  }

  @Test
  void truncatedOuterTar() throws Exception {
    byte[] full = DockerArchives.legacy(false, Img.of("a:1", TarWriter.layer("a")));
    Path p = write("cut.tar", Arrays.copyOf(full, 1536 + 300));
    assertThat(openFails(p)).hasMessageStartingWith(p + ": truncated tar (");
    Path gz = write("cut.tar.gz", Arrays.copyOf(TarWriter.gzip(full), 400));
    assertThat(openFails(gz)).hasMessage(gz + ": truncated gzip stream");
    byte[] corrupt = TarWriter.gzip(full);
    corrupt[corrupt.length / 2] ^= 0x5a;
    corrupt[corrupt.length / 2 + 1] ^= 0x5a;
    Path bad = write("bad.tar.gz", corrupt);
    assertThat(openFails(bad)).hasMessageStartingWith(bad + ": ");
  }

  @Test
  void dotDotPathsInManifestAreRefused() throws Exception {
    Path p =
        withManifest(
            "[{\"Config\":\"../../etc/passwd\",\"RepoTags\":[],\"Layers\":[\"l1/layer.tar\"]}]");
    assertThat(openFails(p))
        .hasMessage(p + ": manifest.json [0] Config: '../../etc/passwd': path escapes the archive");
    Path q =
        withManifest(
            "[{\"Config\":\"" + CONFIG_HEX + ".json\",\"Layers\":[\"l1/../../layer.tar\"]}]");
    assertThat(openFails(q)).hasMessageContaining("Layers[0]: 'l1/../../layer.tar': path escapes");
    Path abs = withManifest("[{\"Config\":\"/etc/passwd\",\"Layers\":[]}]");
    assertThat(openFails(abs)).hasMessageContaining("absolute path points outside the archive");
  }

  @Test
  void symlinksEscapingOrLoopingAreRefused() throws Exception {
    byte[] layer = TarWriter.layer("a");
    byte[] config = TarWriter.config(TarWriter.sha256(layer)).getBytes(StandardCharsets.UTF_8);
    String cfg = TarWriter.sha256(config).hex() + ".json";
    String manifest = "[{\"Config\":\"" + cfg + "\",\"Layers\":[\"x/layer.tar\"]}]";
    for (var c :
        List.of(
            List.of("../../../../etc/passwd", "link points outside the archive"),
            List.of("/etc/passwd", "symlink to absolute path '/etc/passwd'"),
            List.of("../x/layer.tar", "too many links (cycle?)"))) {
      Path p =
          write(
              "link.tar",
              new TarWriter()
                  .file(cfg, config)
                  .symlink("x/layer.tar", c.get(0))
                  .file("manifest.json", manifest)
                  .toBytes());
      assertThat(openFails(p))
          .hasMessageStartingWith(p + ": layer 'x/layer.tar': ")
          .hasMessageContaining(c.get(1));
    }
    Path hard =
        write(
            "hard.tar",
            new TarWriter()
                .file("real/layer.tar", layer)
                .hardlink("x/layer.tar", "real/layer.tar")
                .file(cfg, config)
                .file("manifest.json", manifest)
                .toBytes());
    try (Image image = ArchiveSources.open(hard, null, ImageOptions.defaults())) {
      assertThat(Fixtures.entries(image, image.layers().getFirst())).contains("etc/a");
    }
  }

  @Test
  void missingLayerAndConfig() throws Exception {
    Path p =
        withManifest("[{\"Config\":\"" + CONFIG_HEX + ".json\",\"Layers\":[\"l1/layer.tar\"]}]");
    assertThat(openFails(p)).hasMessage(p + ": " + CONFIG_HEX + ".json: missing");
    byte[] layer = TarWriter.layer("a");
    String cfg = TarWriter.sha256(TarWriter.config(TarWriter.sha256(layer)).getBytes()).hex();
    Path q =
        withManifest(
            "[{\"Config\":\"" + cfg + ".json\",\"Layers\":[\"l1/layer.tar\",\"l2/layer.tar\"]}]");
    assertThat(openFails(q))
        .hasMessage(
            q + ": manifest.json lists 2 layers but config " + cfg + ".json has 1 diff ids");
  }

  @Test
  void configDigestMismatch() throws Exception {
    byte[] layer = TarWriter.layer("a");
    byte[] config = TarWriter.config(TarWriter.sha256(layer)).getBytes(StandardCharsets.UTF_8);
    Path p =
        write(
            "cfg.tar",
            new TarWriter()
                .file("l/layer.tar", layer)
                .file(CONFIG_HEX + ".json", config)
                .file(
                    "manifest.json",
                    "[{\"Config\":\"" + CONFIG_HEX + ".json\",\"Layers\":[\"l/layer.tar\"]}]")
                .toBytes());
    assertThat(openFails(p))
        .hasMessage(
            p
                + ": config "
                + CONFIG_HEX
                + ".json: digest mismatch (content hashes to "
                + TarWriter.sha256(config)
                + ")");
  }

  @Test
  void diffIdMismatchFailsWhileStreaming() throws Exception {
    byte[] layer = TarWriter.layer("a");
    Img lying =
        new Img(
            List.of("a:1"),
            List.of(TarWriter.gzip(layer)),
            List.of(TarWriter.sha256(TarWriter.layer("b"))));
    Path p = write("diff.tar", DockerArchives.legacy(true, lying));
    try (Image image = ArchiveSources.open(p, null, ImageOptions.defaults())) {
      var l = image.layers().getFirst();
      assertThatThrownBy(() -> Fixtures.drain(image, l))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("layer " + l.digest() + " (uncompressed, diff id " + l.diffId())
          .hasMessageContaining("digest mismatch");
    }
  }

  @Test
  void blobDigestMismatchFailsWhileStreaming() throws Exception {
    byte[] layer = TarWriter.layer("a");
    Img img = Img.of("a:1", layer);
    byte[] tar = DockerArchives.blobs(img);
    // Flip one byte inside the layer's data (first entry, after its 512-byte header + PAX).
    String name = "blobs/sha256/" + TarWriter.sha256(layer).hex();
    int at = indexOf(tar, "content of a".getBytes());
    tar[at] = 'C';
    Path p = write("blob.tar", tar);
    try (Image image = ArchiveSources.open(p, null, ImageOptions.defaults())) {
      var l = image.layers().getFirst();
      assertThat(l.digest().hex()).isEqualTo(name.substring(13));
      assertThatThrownBy(() -> Fixtures.drain(image, l))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("layer " + l.digest() + ": digest mismatch");
    }
  }

  @Test
  void truncatedOrCorruptCompressedLayers() throws Exception {
    byte[] plain = TarWriter.layer("a");
    byte[] gz = TarWriter.gzip(plain);
    byte[] zs = TarWriter.zstd(plain);
    byte[] badZstd = zs.clone();
    for (int i = 8; i < badZstd.length; i++) {
      badZstd[i] ^= 0x33;
    }
    for (byte[] blob :
        List.of(
            Arrays.copyOf(gz, gz.length / 2),
            Arrays.copyOf(zs, zs.length / 2),
            badZstd,
            Arrays.copyOf(gz, 12))) {
      Img img = new Img(List.of("a:1"), List.of(blob), List.of(TarWriter.sha256(plain)));
      Path p = write("layer.tar", DockerArchives.legacy(false, img));
      try (Image image = ArchiveSources.open(p, null, ImageOptions.defaults())) {
        var l = image.layers().getFirst();
        assertThatThrownBy(() -> Fixtures.drain(image, l))
            .isInstanceOf(IOException.class)
            .hasMessageStartingWith("layer " + l.digest())
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
      }
    }
  }

  @Test
  void limitsOnJsonAndEntries() throws Exception {
    Path p = write("ok.tar", DockerArchives.legacy(false, Img.of("a:1", TarWriter.layer("a"))));
    ImageOptions tinyJson =
        ImageOptions.defaults().withLimits(new Limits(1000, 1L << 30, 1L << 30, 64));
    assertThat(openFails(p, tinyJson))
        .hasMessageMatching(".*: manifest.json is \\d+ bytes, over the 64-byte limit for JSON");
    ImageOptions fewEntries =
        ImageOptions.defaults().withLimits(new Limits(3, 1L << 30, 1L << 30, 1 << 20));
    assertThat(openFails(p, fewEntries))
        .hasMessage(p + ": more than 3 entries in the archive (limit)");
    Path gz = write("ok.tar.gz", TarWriter.gzip(Files.readAllBytes(p)));
    ImageOptions smallTotal =
        ImageOptions.defaults().withLimits(new Limits(1000, 1L << 30, 1000, 1 << 20));
    assertThat(openFails(gz, smallTotal))
        .hasMessage(gz + ": decompresses to more than 1000 bytes (limit); refusing");
  }

  @Test
  void failuresLeaveNoSpooledFiles() throws Exception {
    Path spool = Files.createDirectories(tmp.resolve("spool"));
    ImageOptions o =
        new ImageOptions(
            null,
            false,
            null,
            null,
            null,
            spool,
            java.time.Duration.ofSeconds(1),
            0,
            Limits.DEFAULTS);
    Path p = withManifest("[{\"Config\":\"nope.json\",\"Layers\":[]}]");
    Path gz = write("f.tar.gz", TarWriter.gzip(Files.readAllBytes(p)));
    openFails(gz, o);
    try (Stream<Path> left = Files.list(spool)) {
      assertThat(left).isEmpty();
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
