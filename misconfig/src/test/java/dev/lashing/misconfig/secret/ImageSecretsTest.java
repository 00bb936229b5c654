package dev.lashing.misconfig.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.ImageOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets in image layers (a docker-archive built here), directories and single files. */
class ImageSecretsTest {
  // FAKE tokens, random characters in the providers' shapes.
  static final String GH = "ghp_" + Fakes.alnum(36, 100);
  static final String NPM = "npm_" + Fakes.alnum(36, 101);

  @TempDir Path tmp;

  private Path image() throws Exception {
    byte[] base = TestArchives.tar("etc/", "", "etc/os-release", "ID=fake\n");
    byte[] add =
        TestArchives.tar(
            "app/",
            "",
            "app/.env",
            "# deploy\nGITHUB_TOKEN=" + GH + "\n",
            "app/keep.sh",
            "echo hi\nexport NPM_TOKEN=" + NPM + "\n");
    byte[] delete = TestArchives.tar("app/", "", "app/.wh..env", "");
    return TestArchives.write(
        tmp.resolve("img.tar"),
        List.of(base, add, delete),
        List.of(
            "/bin/sh -c #(nop) ADD file:base in / ",
            "COPY app/ /app/ # buildkit",
            "RUN /bin/sh -c rm /app/.env # buildkit"),
        "\"Env\":[\"PATH=/bin\"]");
  }

  @Test
  void secretDeletedInALaterLayerIsStillFoundWithItsLayerAndStep() throws Exception {
    Path tar = image();
    SecretScanResult r =
        SecretScanner.create().scan("docker-archive:" + tar, ImageOptions.defaults());
    assertThat(r.findings()).hasSize(2);
    SecretFinding gh = r.findings().getFirst();
    assertThat(gh.ruleId()).isEqualTo("LSH-SEC-008");
    assertThat(gh.path()).isEqualTo("/app/.env");
    assertThat(gh.line()).isEqualTo(2);
    assertThat(gh.column()).isEqualTo(14);
    assertThat(gh.removedLater()).isTrue();
    assertThat(gh.layer()).isNotNull();
    assertThat(gh.layer().index()).isEqualTo(1);
    assertThat(gh.layer().createdBy()).isEqualTo("COPY app/ /app/ # buildkit");
    assertThat(gh.layer().diffId().hex())
        .isEqualTo(
            TestArchives.sha256(
                TestArchives.tar(
                    "app/",
                    "",
                    "app/.env",
                    "# deploy\nGITHUB_TOKEN=" + GH + "\n",
                    "app/keep.sh",
                    "echo hi\nexport NPM_TOKEN=" + NPM + "\n")));
    SecretFinding npm = r.findings().get(1);
    assertThat(npm.ruleId()).isEqualTo("LSH-SEC-017");
    assertThat(npm.path()).isEqualTo("/app/keep.sh");
    assertThat(npm.removedLater()).isFalse();
    assertThat(r.filesScanned()).isEqualTo(3);
    assertThat(r.findings().toString()).doesNotContain(GH).doesNotContain(NPM);
  }

  @Test
  void aSecretKeptThroughARewriteIsOneFindingFromTheLayerThatAddedIt() throws Exception {
    byte[] l1 = TestArchives.tar("app/", "", "app/.env", "T=" + GH + "\n");
    byte[] l2 = TestArchives.tar("app/", "", "app/.env", "# rewritten\nT=" + GH + "\nX=1\n");
    Path tar =
        TestArchives.write(tmp.resolve("rw.tar"), List.of(l1, l2), List.of("COPY a", "COPY b"), "");
    SecretScanResult r = SecretScanner.create().scan(tar.toString(), ImageOptions.defaults());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.layer().index()).isZero();
              assertThat(f.line()).isEqualTo(1);
              assertThat(f.removedLater()).isFalse();
            });
  }

  @Test
  void directoriesAndSingleFiles() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("src/conf"));
    Files.writeString(dir.resolve("app.env"), "\n\nGITHUB_TOKEN=" + GH + "\n");
    Files.write(dir.resolve("blob.bin"), ("\0\0" + GH).getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectories(tmp.resolve("src/.git"));
    Files.writeString(tmp.resolve("src/.git/config"), "token=" + GH + "\n");
    SecretScanner s = SecretScanner.create();
    SecretScanResult r = s.scan(tmp.resolve("src").toString(), ImageOptions.defaults());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo(dir.resolve("app.env").toString());
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.layer()).isNull();
            });
    assertThat(r.skippedBinary()).isEqualTo(1);
    assertThat(r.skippedAllowed()).isEqualTo(1);
    SecretScanResult one = s.scan(dir.resolve("app.env").toString(), ImageOptions.defaults());
    assertThat(one.findings())
        .singleElement()
        .extracting(SecretFinding::path)
        .isEqualTo(dir.resolve("app.env").toString());
    assertThat(one.filesScanned()).isEqualTo(1);
  }
}
