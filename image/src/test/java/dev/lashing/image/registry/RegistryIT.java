package dev.lashing.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Layer;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real registry: images pushed with skopeo from an OCI layout built here, read back
 * with {@link RegistrySource} and compared with what skopeo reports.
 */
class RegistryIT {
  @TempDir Path tmp;
  TestImage amd64 = TestImage.build("amd64", 3);
  TestImage arm64 = TestImage.build("arm64", 2);

  @BeforeAll
  static void tools() {
    Assumptions.assumeTrue(
        RegistryServer.available(),
        "docker-registry not installed: apt-get install docker-registry skopeo");
  }

  Path layout() throws Exception {
    Path dir = tmp.resolve("layout");
    OciLayoutWriter.write(dir, Map.of("1", amd64), Map.of("multi", List.of(amd64, arm64)));
    return dir;
  }

  ImageOptions options(Platform platform, String user, String password) {
    ImageOptions d = ImageOptions.defaults();
    return new ImageOptions(
        platform,
        true,
        user,
        password,
        tmp.resolve("no-docker-config.json"),
        tmp,
        d.timeout(),
        2,
        d.limits());
  }

  static List<Digest> layerDigests(byte[] manifest) throws Exception {
    List<Digest> out = new ArrayList<>();
    for (JsonNode l : OciDocuments.json().readTree(manifest).path("layers")) {
      out.add(Digest.parse(l.path("digest").asText()));
    }
    return out;
  }

  void assertMatchesSkopeo(Image image, String ref, List<String> creds) throws Exception {
    List<String> args = new ArrayList<>(List.of("inspect", "--raw", "--tls-verify=false"));
    args.addAll(creds);
    args.add("docker://" + ref);
    byte[] raw = RegistryServer.run(tmp, RegistryServer.skopeo(args.toArray(String[]::new)));
    assertThat(image.manifestDigest()).isEqualTo(OciDocuments.sha256(raw));
    assertThat(image.layers()).extracting(Layer::digest).isEqualTo(layerDigests(raw));
    for (Layer l : image.layers()) {
      try (var in = image.openLayer(l)) {
        assertThat(in.transferTo(java.io.OutputStream.nullOutputStream())).isPositive();
      }
    }
  }

  @Test
  void plainHttpRegistryWithSingleAndMultiPlatformImages() throws Exception {
    Path layout = layout();
    try (RegistryServer server =
        RegistryServer.start(Files.createDirectories(tmp.resolve("r")), null, null)) {
      String repo = server.authority() + "/team/app";
      RegistryServer.run(
          tmp,
          RegistryServer.skopeo(
              "copy",
              "--dest-tls-verify=false",
              "oci:" + layout + ":1",
              "docker://" + repo + ":1"));
      RegistryServer.run(
          tmp,
          RegistryServer.skopeo(
              "copy",
              "--all",
              "--dest-tls-verify=false",
              "oci:" + layout + ":multi",
              "docker://" + repo + ":multi"));

      try (Image image =
          RegistrySource.open(ImageRef.parse(repo + ":1"), options(null, null, null))) {
        assertThat(image.manifestDigest()).isEqualTo(amd64.manifestDigest());
        assertMatchesSkopeo(image, repo + ":1", List.of());
      }
      Platform arm = Platform.parse("linux/arm64");
      try (Image image =
          RegistrySource.open(ImageRef.parse(repo + ":multi"), options(arm, null, null))) {
        assertThat(image.platform()).isEqualTo(arm);
        assertThat(image.manifestDigest()).isEqualTo(arm64.manifestDigest());
        assertMatchesSkopeo(image, repo + "@" + arm64.manifestDigest(), List.of());
      }
      assertThatThrownBy(
              () -> RegistrySource.open(ImageRef.parse(repo + ":2"), options(null, null, null)))
          .isInstanceOf(ImageException.class)
          .hasMessage(repo + ":2: manifest unknown (check the tag)");
    }
  }

  @Test
  void tlsRegistryWithHtpasswdAuth() throws Exception {
    Path layout = layout();
    Path dir = Files.createDirectories(tmp.resolve("r"));
    RegistryServer.selfSignedCertificate(dir);
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    String hash = OpenBSDBCrypt.generate("2a", "pull-secret".toCharArray(), salt, 6);
    Path htpasswd = dir.resolve("htpasswd");
    Files.writeString(htpasswd, "lashing:" + hash + "\n", StandardCharsets.UTF_8);
    try (RegistryServer server = RegistryServer.start(dir, dir, htpasswd)) {
      String repo = server.authority() + "/team/app";
      RegistryServer.run(
          tmp,
          RegistryServer.skopeo(
              "copy",
              "--dest-tls-verify=false",
              "--dest-creds",
              "lashing:pull-secret",
              "oci:" + layout + ":1",
              "docker://" + repo + ":1"));

      try (Image image =
          RegistrySource.open(
              ImageRef.parse(repo + ":1"), options(null, "lashing", "pull-secret"))) {
        assertMatchesSkopeo(image, repo + ":1", List.of("--creds", "lashing:pull-secret"));
      }
      assertThatThrownBy(
              () -> RegistrySource.open(ImageRef.parse(repo + ":1"), options(null, null, null)))
          .isInstanceOf(ImageException.class)
          .hasMessage(
              repo + ":1: unauthorized (log in with docker login or pass --username/--password)");
      ImageOptions verified = options(null, "lashing", "pull-secret");
      ImageOptions secure =
          new ImageOptions(
              null,
              false,
              "lashing",
              "pull-secret",
              verified.dockerConfig(),
              tmp,
              verified.timeout(),
              0,
              verified.limits());
      assertThatThrownBy(() -> RegistrySource.open(ImageRef.parse(repo + ":1"), secure))
          .isInstanceOf(ImageException.class)
          .hasMessageContaining("TLS handshake with " + server.authority())
          .hasMessageEndingWith("pass --insecure");
    }
  }
}
