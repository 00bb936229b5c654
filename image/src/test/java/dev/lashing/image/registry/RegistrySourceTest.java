package dev.lashing.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.Layer;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulling from an in-process registry: content, platforms, redirects, TLS, temp files. */
class RegistrySourceTest {
  @TempDir Path tmp;
  FakeRegistry registry;
  TestImage amd64 = TestImage.build("amd64", 3);
  TestImage arm64 = TestImage.build("arm64", 2);

  @BeforeEach
  void start() throws IOException {
    registry = FakeRegistry.https();
    registry.put(amd64, "1");
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  SourceSettings settings() {
    return Fixtures.settings(tmp, tmp);
  }

  @Test
  void readsManifestConfigAndEveryLayer() throws Exception {
    try (Image image =
        RegistrySource.open(Fixtures.ref(registry, "1"), Fixtures.insecure(), settings())) {
      assertThat(image.kind()).isEqualTo(Image.Kind.REGISTRY);
      assertThat(image.name()).isEqualTo(registry.authority() + "/team/app:1");
      assertThat(image.manifestDigest()).isEqualTo(amd64.manifestDigest());
      assertThat(image.ref().digest()).isEqualTo(amd64.manifestDigest());
      assertThat(image.tags()).containsExactly("1");
      assertThat(image.configDigest()).isEqualTo(amd64.configDigest());
      assertThat(image.platform()).isEqualTo(Platform.parse("linux/amd64"));
      assertThat(image.layers()).extracting(Layer::digest).isEqualTo(amd64.layerDigests());
      for (Layer l : image.layers()) {
        assertThat(Fixtures.readLayer(image, l)).isEqualTo(amd64.layerTars().get(l.index()));
      }
      // a second read is served from the local copy
      Fixtures.readLayer(image, image.layers().getFirst());
    }
    for (var d : amd64.layerDigests()) {
      assertThat(registry.count("/v2/team/app/blobs/" + d)).isEqualTo(1);
    }
  }

  @Test
  void selectsThePlatformFromAnIndex() throws Exception {
    registry.put(arm64, "arm");
    registry.putIndex(TestImage.index(List.of(amd64, arm64)), "multi");
    var arm = Fixtures.insecure().withPlatform(Platform.parse("linux/arm64"));
    try (Image image = RegistrySource.open(Fixtures.ref(registry, "multi"), arm, settings())) {
      assertThat(image.manifestDigest()).isEqualTo(arm64.manifestDigest());
      assertThat(image.platform().architecture()).isEqualTo("arm64");
      assertThat(image.layers()).hasSize(2);
    }
    try (Image image =
        RegistrySource.open(Fixtures.ref(registry, "multi"), Fixtures.insecure(), settings())) {
      assertThat(image.manifestDigest()).isEqualTo(amd64.manifestDigest());
    }
    var s390x = Fixtures.insecure().withPlatform(Platform.parse("linux/s390x"));
    assertThatThrownBy(
            () -> RegistrySource.open(Fixtures.ref(registry, "multi"), s390x, settings()))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("/team/app:multi: no image for platform linux/s390x")
        .hasMessageContaining("offered: linux/amd64, linux/arm64");
  }

  @Test
  void followsBlobRedirectsToAnotherHostWithoutAuthorization() throws Exception {
    try (FakeRegistry storage = FakeRegistry.https()) {
      storage.blobs.putAll(amd64.blobs());
      registry.auth = FakeRegistry.Auth.BEARER;
      registry.redirectBlobsTo = storage.base();
      try (Image image =
          RegistrySource.open(Fixtures.ref(registry, "1"), Fixtures.insecure(), settings())) {
        for (Layer l : image.layers()) {
          Fixtures.readLayer(image, l);
        }
      }
      assertThat(storage.requests).hasSize(amd64.blobs().size());
      assertThat(storage.requests).allSatisfy(r -> assertThat(r.authorization()).isNull());
      assertThat(registry.requests)
          .filteredOn(r -> r.path().contains("/blobs/"))
          .allSatisfy(r -> assertThat(r.authorization()).startsWith("Bearer tok-"));
    }
  }

  @Test
  void deletesDownloadedLayersOnClose() throws Exception {
    Path temp = tmp.resolve("spool");
    var opts = Fixtures.insecure();
    opts =
        new dev.lashing.image.ImageOptions(
            opts.platform(),
            true,
            null,
            null,
            null,
            temp,
            opts.timeout(),
            opts.retries(),
            opts.limits());
    Image image = RegistrySource.open(Fixtures.ref(registry, "1"), opts, settings());
    assertThat(temp).doesNotExist();
    Fixtures.readLayer(image, image.layers().get(1));
    try (Stream<Path> files = Files.walk(temp)) {
      assertThat(files.filter(Files::isRegularFile)).isNotEmpty();
    }
    image.close();
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void selfSignedCertificateNeedsInsecure() {
    assertThatThrownBy(
            () ->
                RegistrySource.open(
                    Fixtures.ref(registry, "1"),
                    Fixtures.options(false, null, null, 0),
                    settings()))
        .isInstanceOf(ImageException.class)
        .hasMessageStartingWith(
            registry.authority() + "/team/app:1: TLS handshake with " + registry.authority())
        .hasMessageEndingWith("pass --insecure");
  }

  @Test
  void fallsBackToPlainHttpOnlyWhenInsecure() throws Exception {
    try (FakeRegistry plain = FakeRegistry.http()) {
      plain.put(amd64, "1");
      // the JDK's HttpServer never answers a TLS hello, so the HTTPS attempt ends by timeout
      SourceSettings s = settings();
      SourceSettings quickProbe =
          new SourceSettings(
              s.env(),
              s.helperPath(),
              s.helperTimeout(),
              s.backoffBase(),
              s.backoffMax(),
              s.retryAfterCap(),
              java.time.Duration.ofMillis(300),
              3);
      try (Image image =
          RegistrySource.open(Fixtures.ref(plain, "1"), Fixtures.insecure(), quickProbe)) {
        assertThat(Fixtures.readLayer(image, image.layers().getFirst()))
            .isEqualTo(amd64.layerTars().getFirst());
      }
      assertThat(plain.count("/v2/team/app/manifests/1")).isEqualTo(1);
    }
  }

  @Test
  void unreachableRegistryNamesHostAndPort() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    var ref = dev.lashing.model.ImageRef.parse("127.0.0.1:" + port + "/team/app:1");
    assertThatThrownBy(
            () -> RegistrySource.open(ref, Fixtures.options(false, null, null, 1), settings()))
        .isInstanceOf(ImageException.class)
        .hasMessage(
            "127.0.0.1:"
                + port
                + "/team/app:1: 127.0.0.1:"
                + port
                + " is unreachable (connection refused); check the host and port");
  }
}
