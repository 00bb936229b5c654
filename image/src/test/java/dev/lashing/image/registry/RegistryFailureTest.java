package dev.lashing.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.oci.MediaTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, unknown manifests, and content that does not match its digest. */
class RegistryFailureTest {
  @TempDir Path tmp;
  FakeRegistry registry;
  TestImage image = TestImage.build("amd64", 2);
  String manifestPath = "/v2/team/app/manifests/1";

  @BeforeEach
  void start() throws IOException {
    registry = FakeRegistry.https();
    registry.put(image, "1");
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  Image open(String tag, ImageOptions options) throws ImageException {
    return RegistrySource.open(Fixtures.ref(registry, tag), options, Fixtures.settings(tmp, tmp));
  }

  String name(String tag) {
    return registry.authority() + "/team/app:" + tag;
  }

  @Test
  void retriesTooManyRequestsThenSucceeds() throws Exception {
    registry.fail(manifestPath, 429, 503);
    try (Image i = open("1", Fixtures.insecure())) {
      assertThat(i.manifestDigest()).isEqualTo(image.manifestDigest());
    }
    assertThat(registry.count(manifestPath)).isEqualTo(3);
  }

  @Test
  void serverErrorsExhaustRetries() {
    registry.fail(manifestPath, 500, 500, 500, 500, 500);
    assertThatThrownBy(() -> open("1", Fixtures.options(true, null, null, 2)))
        .isInstanceOf(ImageException.class)
        .hasMessage(
            name("1")
                + ": registry error HTTP 500 from https://"
                + registry.authority()
                + manifestPath
                + " after 3 attempts (TOOMANYREQUESTS: injected)");
    assertThat(registry.count(manifestPath)).isEqualTo(3);
  }

  @Test
  void clientErrorsAreNotRetried() {
    registry.fail(manifestPath, 400, 400);
    assertThatThrownBy(() -> open("1", Fixtures.insecure()))
        .hasMessageStartingWith(name("1") + ": unexpected HTTP 400 from https://");
    assertThat(registry.count(manifestPath)).isEqualTo(1);
  }

  @Test
  void manifestUnknown() {
    assertThatThrownBy(() -> open("nope", Fixtures.insecure()))
        .isInstanceOf(ImageException.class)
        .hasMessage(name("nope") + ": manifest unknown (check the tag)");
  }

  @Test
  void layerBlobThatDoesNotMatchItsDigestFailsWhenRead() throws Exception {
    String layer = image.layerDigests().get(1).toString();
    byte[] bad = image.blobs().get(layer).clone();
    bad[bad.length / 2] ^= 1;
    registry.blobs.put(layer, bad);
    try (Image i = open("1", Fixtures.insecure())) {
      Fixtures.readLayer(i, i.layers().getFirst());
      assertThatThrownBy(() -> Fixtures.readLayer(i, i.layers().get(1)))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("layer " + layer + ": digest mismatch");
    }
  }

  @Test
  void truncatedLayerBlob() throws Exception {
    String layer = image.layerDigests().getFirst().toString();
    byte[] full = image.blobs().get(layer);
    registry.blobs.put(layer, java.util.Arrays.copyOf(full, full.length - 10));
    try (Image i = open("1", Fixtures.insecure())) {
      assertThatThrownBy(() -> Fixtures.readLayer(i, i.layers().getFirst()))
          .hasMessageStartingWith("layer " + layer + ": truncated");
    }
  }

  @Test
  void configBlobThatDoesNotMatchItsDigestFailsOpen() {
    registry.blobs.put(
        image.configDigest().toString(),
        new String(image.blobs().get(image.configDigest().toString()), StandardCharsets.UTF_8)
            .replace("amd64", "arm64")
            .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> open("1", Fixtures.insecure()))
        .isInstanceOf(ImageException.class)
        .hasMessageStartingWith(
            name("1") + ": config " + image.configDigest() + ": digest mismatch");
  }

  @Test
  void manifestByDigestMustHashToIt() {
    byte[] other = TestImage.build("arm64", 1).manifest();
    registry.manifests.put(
        image.manifestDigest().toString(),
        new FakeRegistry.Served(other, MediaTypes.OCI_MANIFEST, image.manifestDigest().toString()));
    var ref = Fixtures.ref(registry, "1").withDigest(image.manifestDigest());
    var byDigest =
        new dev.lashing.model.ImageRef(ref.registry(), ref.repository(), null, ref.digest());
    assertThatThrownBy(
            () -> RegistrySource.open(byDigest, Fixtures.insecure(), Fixtures.settings(tmp, tmp)))
        .isInstanceOf(ImageException.class)
        .hasMessageStartingWith(byDigest + ": manifest digest mismatch");
  }

  @Test
  void dockerContentDigestMustMatch() {
    String wrong = TestImage.build("arm64", 1).manifestDigest().toString();
    registry.manifests.put(
        "1", new FakeRegistry.Served(image.manifest(), MediaTypes.OCI_MANIFEST, wrong));
    assertThatThrownBy(() -> open("1", Fixtures.insecure()))
        .isInstanceOf(ImageException.class)
        .hasMessage(
            name("1")
                + ": manifest digest mismatch (Docker-Content-Digest says "
                + wrong
                + ", the content hashes to "
                + image.manifestDigest()
                + ")");
  }

  @Test
  void schemaOneIsRefused() {
    registry.manifests.put(
        "old",
        new FakeRegistry.Served(
            "{\"schemaVersion\":1,\"name\":\"team/app\",\"tag\":\"old\",\"fsLayers\":[]}"
                .getBytes(StandardCharsets.UTF_8),
            MediaTypes.DOCKER_SCHEMA1_SIGNED,
            null));
    assertThatThrownBy(() -> open("old", Fixtures.insecure()))
        .hasMessageStartingWith(name("old") + ": Docker schema 1 manifests are not supported");
  }

  @Test
  void unknownLayerMediaType() {
    String m =
        new String(image.manifest(), StandardCharsets.UTF_8)
            .replace(MediaTypes.OCI_LAYER_GZIP, "application/x-mystery");
    registry.manifests.put(
        "odd",
        new FakeRegistry.Served(m.getBytes(StandardCharsets.UTF_8), MediaTypes.OCI_MANIFEST, null));
    assertThatThrownBy(() -> open("odd", Fixtures.insecure()))
        .hasMessageContaining("unknown layer media type 'application/x-mystery'");
  }
}
