package dev.lashing.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Layer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer and Basic challenges, with credentials from options, Docker config and helpers. */
class RegistryAuthTest {
  @TempDir Path home;
  @TempDir Path helpers;
  FakeRegistry registry;
  TestImage image = TestImage.build("amd64", 2);

  @BeforeEach
  void start() throws IOException {
    registry = FakeRegistry.https();
    registry.put(image, "1");
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  Image open(ImageOptions options) throws ImageException {
    return RegistrySource.open(
        Fixtures.ref(registry, "1"), options, Fixtures.settings(home, helpers));
  }

  void readAll(ImageOptions options) throws Exception {
    try (Image i = open(options)) {
      for (Layer l : i.layers()) {
        Fixtures.readLayer(i, l);
      }
    }
  }

  @Test
  void anonymousBearerTokenIsFetchedOnceAndReused() throws Exception {
    registry.auth = FakeRegistry.Auth.BEARER;
    readAll(Fixtures.insecure());
    assertThat(registry.tokensIssued).hasValue(1);
    var token = registry.requests.stream().filter(r -> r.path().equals("/token")).findFirst().get();
    assertThat(token.authorization()).isNull();
    assertThat(token.query()).contains("service=fake-registry", "scope=repository:team/app:pull");
    assertThat(registry.requests)
        .filteredOn(r -> r.path().contains("/blobs/"))
        .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer tok-1"));
  }

  @Test
  void bearerTokenWithCredentialsFromOptions() throws Exception {
    registry.auth = FakeRegistry.Auth.BEARER;
    registry.user = "alice";
    registry.password = "s3cret";
    readAll(Fixtures.options(true, "alice", "s3cret", 0));
    assertThatThrownBy(() -> open(Fixtures.options(true, "alice", "wrong", 0)))
        .isInstanceOf(ImageException.class)
        .hasMessage(
            registry.authority()
                + "/team/app:1: unauthorized by token service 127.0.0.1 (log in with docker login"
                + " or pass --username/--password)");
  }

  @Test
  void basicAuthWithAndWithoutCredentials() throws Exception {
    registry.auth = FakeRegistry.Auth.BASIC;
    registry.user = "bob";
    registry.password = "pw";
    readAll(Fixtures.options(true, "bob", "pw", 0));
    assertThatThrownBy(() -> open(Fixtures.insecure()))
        .isInstanceOf(ImageException.class)
        .hasMessage(
            registry.authority()
                + "/team/app:1: unauthorized (log in with docker login or pass"
                + " --username/--password)");
    assertThatThrownBy(() -> open(Fixtures.options(true, "bob", "nope", 0)))
        .hasMessageEndingWith(
            ": unauthorized (log in with docker login or pass --username/--password)");
  }

  @Test
  void dockerConfigAuthsEntry() throws Exception {
    registry.auth = FakeRegistry.Auth.BASIC;
    registry.user = "carol";
    registry.password = "from-config";
    String auth =
        Base64.getEncoder().encodeToString("carol:from-config".getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(
        home.resolve(".docker/config.json"),
        "{\"auths\":{\"https://" + registry.authority() + "\":{\"auth\":\"" + auth + "\"}}}");
    readAll(Fixtures.insecure());
  }

  @Test
  void explicitDockerConfigWithUsernamePasswordForBearer() throws Exception {
    registry.auth = FakeRegistry.Auth.BEARER;
    registry.user = "dave";
    registry.password = "pw2";
    Path config = home.resolve("elsewhere.json");
    Files.writeString(
        config,
        "{\"auths\":{\""
            + registry.authority()
            + "\":{\"username\":\"dave\",\"password\":\"pw2\"}}}");
    ImageOptions o = Fixtures.insecure();
    readAll(
        new ImageOptions(o.platform(), true, null, null, config, null, o.timeout(), 0, o.limits()));
  }

  @Test
  void credentialHelperGetsServerUrlOnStdin() throws Exception {
    registry.auth = FakeRegistry.Auth.BASIC;
    registry.user = "erin";
    registry.password = "from-helper";
    Path script = helpers.resolve("docker-credential-test");
    Files.writeString(
        script,
        """
        #!/bin/sh
        [ "$1" = get ] || exit 3
        cat > "$(dirname "$0")/stdin.txt"
        printf '{"ServerURL":"x","Username":"erin","Secret":"from-helper"}'
        """);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(
        home.resolve(".docker/config.json"),
        "{\"credHelpers\":{\"" + registry.authority() + "\":\"test\"},\"auths\":{}}");
    readAll(Fixtures.insecure());
    assertThat(Files.readString(helpers.resolve("stdin.txt"))).isEqualTo(registry.authority());
  }

  @Test
  void missingCredentialHelperIsNamed() throws Exception {
    registry.auth = FakeRegistry.Auth.BASIC;
    registry.user = "x";
    registry.password = "y";
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(home.resolve(".docker/config.json"), "{\"credsStore\":\"absent\"}");
    assertThatThrownBy(() -> open(Fixtures.insecure()))
        .isInstanceOf(ImageException.class)
        .hasMessageContaining("docker-credential-absent but it is not on the PATH");
  }

  @Test
  void identityTokenUsesTheRefreshTokenGrant() throws Exception {
    registry.auth = FakeRegistry.Auth.BEARER;
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(
        home.resolve(".docker/config.json"),
        "{\"auths\":{\"" + registry.authority() + "\":{\"identitytoken\":\"refresh-me\"}}}");
    readAll(Fixtures.insecure());
    assertThat(registry.tokensIssued).hasValue(1);
  }
}
