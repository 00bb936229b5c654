package dev.lashing.misconfig.imageconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageConfig.History;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.ImageSources;
import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.ScanOptions;
import dev.lashing.misconfig.secret.SecretScanner;
import dev.lashing.model.Digest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image config as a Dockerfile: classic and BuildKit history forms, final config, secrets. */
class ImageConfigScannerTest {
  static final String GH = "ghp_" + fake(36); // FAKE token: random characters
  static final Digest L0 = Digest.parse("sha256:" + "a".repeat(64));
  static final Digest L1 = Digest.parse("sha256:" + "b".repeat(64));

  @TempDir Path tmp;

  static String fake(int n) {
    String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    Random r = new Random(7);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(abc.charAt(r.nextInt(abc.length())));
    }
    return b.toString();
  }

  static History step(String createdBy, boolean empty) {
    return new History(null, createdBy, null, empty);
  }

  static ImageConfig config(String user, List<String> ports, List<String> env, List<History> h) {
    return new ImageConfig(
        null,
        null,
        null,
        user,
        List.of(),
        List.of("bash"),
        env,
        ports,
        Map.of(),
        null,
        List.of(),
        null,
        h,
        List.of());
  }

  private static ConfigScanner checks;

  static ImageConfigResult scan(ImageConfig c) throws Exception {
    if (checks == null) {
      checks = ConfigScanner.create(ScanOptions.defaults());
    }
    return ImageConfigScanner.scan(c, List.of(L0, L1), checks, SecretScanner.create());
  }

  @Test
  void findingsPointAtTheHistoryStepsThatCausedThem() throws Exception {
    ImageConfig c =
        config(
            "root",
            List.of("22/tcp", "8080/tcp"),
            List.of("PATH=/bin", "DB_PASSWORD=hunter2hunter2", "GITHUB_TOKEN=" + GH),
            List.of(
                step("/bin/sh -c #(nop) ADD file:3b2c4d in / ", false),
                step("/bin/sh -c #(nop)  CMD [\"nginx\" \"-g\" \"daemon off;\"]", true),
                step(
                    "RUN /bin/sh -c curl -fsSL https://get.example.org/i.sh | sh # buildkit",
                    false),
                step("ENV DB_PASSWORD=hunter2hunter2", true),
                step("EXPOSE map[22/tcp:{}]", true),
                step("/bin/sh -c #(nop)  USER root", true)));
    ImageConfigResult r = scan(c);
    assertThat(r.errors()).isEmpty();
    assertThat(r.checks())
        .extracting(x -> x.finding().checkId())
        .contains("LSH-DF-002", "LSH-DF-006", "LSH-DF-010", "LSH-DF-011", "LSH-DF-012")
        .doesNotContain("LSH-DF-003", "LSH-DF-033", "LSH-DF-005");
    ImageConfigResult.Check curl = only(r, "LSH-DF-006");
    assertThat(curl.origin().historyIndex()).isEqualTo(2);
    assertThat(curl.origin().layer()).isEqualTo(L1);
    assertThat(curl.origin().createdBy()).contains("curl -fsSL");
    assertThat(only(r, "LSH-DF-012").origin().historyIndex()).isEqualTo(4);
    assertThat(only(r, "LSH-DF-002").origin().historyIndex()).isEqualTo(5);
    List<ImageConfigResult.Check> env =
        r.checks().stream().filter(x -> x.finding().checkId().equals("LSH-DF-010")).toList();
    assertThat(env).extracting(x -> x.origin().historyIndex()).containsExactly(3, -1);
    assertThat(env.getFirst().origin().createdBy()).isEqualTo("ENV DB_PASSWORD=****");
    // The token only in the final config: a secret finding, its origin never shows the value.
    assertThat(r.secrets()).extracting(s -> s.finding().ruleId()).contains("LSH-SEC-008");
    assertThat(r.toString()).doesNotContain(GH).doesNotContain("hunter2hunter2");
  }

  @Test
  void anImageWithoutHistoryStillHasItsConfigChecked() throws Exception {
    ImageConfigResult r = scan(config(null, List.of("22"), List.of("PATH=/bin"), List.of()));
    assertThat(r.checks())
        .extracting(x -> x.finding().checkId())
        .contains("LSH-DF-001", "LSH-DF-012");
    assertThat(only(r, "LSH-DF-012").origin().isHistoryStep()).isFalse();
    assertThat(only(r, "LSH-DF-012").origin().createdBy()).isEqualTo("EXPOSE 22");
  }

  @Test
  void aNonRootUserAndAHealthcheckPass() throws Exception {
    ImageConfigResult r =
        scan(
            config(
                "10001",
                List.of(),
                List.of(),
                List.of(
                    step(
                        "HEALTHCHECK &{[\"CMD-SHELL\" \"curl -f localhost\"] \"30s\" \"3s\"}",
                        true),
                    step("USER 10001", true))));
    assertThat(r.checks()).isEmpty();
    assertThat(r.secrets()).isEmpty();
  }

  @Test
  void readsTheConfigOfARealArchive() throws Exception {
    Path tar = tmp.resolve("img.tar");
    dev.lashing.misconfig.secret.ImageArchivesForTests.write(
        tar, "\"User\":\"root\",\"ExposedPorts\":{\"22/tcp\":{}}", "/bin/sh -c #(nop)  USER root");
    try (Image image = ImageSources.open("docker-archive:" + tar, ImageOptions.defaults())) {
      ImageConfigResult r = ImageConfigScanner.scan(image);
      assertThat(r.checks())
          .extracting(x -> x.finding().checkId())
          .contains("LSH-DF-002", "LSH-DF-012");
      assertThat(only(r, "LSH-DF-002").origin().historyIndex()).isZero();
      assertThat(only(r, "LSH-DF-002").origin().layer()).isNotNull();
    }
    assertThat(Files.exists(tar)).isTrue();
  }

  private static ImageConfigResult.Check only(ImageConfigResult r, String id) {
    List<ImageConfigResult.Check> l =
        r.checks().stream().filter(x -> x.finding().checkId().equals(id)).toList();
    assertThat(l).as(id).hasSize(1);
    return l.getFirst();
  }
}
