package dev.lashing.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.ImageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigTest {
  @TempDir Path tmp;

  Credentials lookup(String json, String registry) throws ImageException, java.io.IOException {
    Path f = tmp.resolve("config.json");
    Files.writeString(f, json);
    return DockerConfig.lookup(f, registry, Fixtures.settings(tmp, tmp));
  }

  @Test
  void dockerHubUsesTheIndexKey() throws Exception {
    // base64("hub:pw")
    String json = "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"aHViOnB3\"}}}";
    assertThat(lookup(json, "docker.io")).isEqualTo(new Credentials("hub", "pw"));
    assertThat(lookup(json, "ghcr.io")).isNull();
  }

  @Test
  void keysAreNormalized() throws Exception {
    String json =
        "{\"auths\":{\"http://reg.example:5000/v2/\":{\"username\":\"u\",\"password\":\"p\"}}}";
    assertThat(lookup(json, "reg.example:5000")).isEqualTo(new Credentials("u", "p"));
  }

  @Test
  void identityTokenAndEmptyEntries() throws Exception {
    assertThat(lookup("{\"auths\":{\"r.io\":{\"identitytoken\":\"t\"}}}", "r.io").isIdentityToken())
        .isTrue();
    assertThat(lookup("{\"auths\":{\"r.io\":{}}}", "r.io")).isNull();
  }

  @Test
  void locatesConfigLikeDocker() {
    assertThat(DockerConfig.locate(null, Map.of("DOCKER_CONFIG", "/d", "HOME", "/h")))
        .isEqualTo(Path.of("/d/config.json"));
    assertThat(DockerConfig.locate(null, Map.of("HOME", "/h")))
        .isEqualTo(Path.of("/h/.docker/config.json"));
    assertThat(DockerConfig.locate(tmp, Map.of())).isEqualTo(tmp.resolve("config.json"));
  }

  @Test
  void malformedEntriesAreReportedWithoutSecrets() {
    assertThatThrownBy(() -> lookup("{\"auths\":{\"r.io\":{\"auth\":\"!!!\"}}}", "r.io"))
        .hasMessageEndingWith("an 'auth' entry is not valid base64; run docker login again");
    assertThatThrownBy(() -> lookup("[1]", "r.io")).hasMessageContaining("not a JSON object");
  }

  @Test
  void secretsAreNotPrinted() {
    assertThat(new Credentials("u", "hunter2").toString()).doesNotContain("hunter2");
  }
}
