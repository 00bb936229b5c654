package dev.lashing.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lashing image inspect} end to end, in-process, on the real Alpine 3.11 sample. */
class InspectCommandTest {
  static final Path SAMPLE = Path.of("../samples/alpine-311.tar.gz");

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void tableShowsDigestsOsLayersAndFileCount() {
    Result r = run("image", "inspect", SAMPLE.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Source:          docker-archive")
        .contains("Tags:            alpine:3.11")
        .contains("sha256:a187dde48cd289ac374ad8539930628314bc581a481cdb41409c9289419ddb72")
        .contains("OS:              Alpine Linux v3.11")
        .contains("Cmd:             /bin/sh")
        .containsPattern("Files: +\\d{3}");
  }

  @Test
  void jsonCarriesTheSameFactsAndNoEnvValues(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("inspect.json");
    Result r = run("image", "inspect", "--format", "json", "-o", out.toString(), SAMPLE.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    JsonNode j = new ObjectMapper().readTree(out.toFile());
    assertThat(j.path("source").asText()).isEqualTo("docker-archive");
    assertThat(j.path("configDigest").asText()).startsWith("sha256:a187dde4");
    assertThat(j.path("platform").asText()).isEqualTo("linux/amd64");
    assertThat(j.path("os").path("id").asText()).isEqualTo("alpine");
    assertThat(j.path("os").path("versionId").asText()).startsWith("3.11");
    assertThat(j.path("layers")).hasSize(1);
    JsonNode layer = j.path("layers").get(0);
    assertThat(layer.path("diffId").asText()).startsWith("sha256:beee9f30bc1f");
    assertThat(layer.path("uncompressedSize").asLong()).isGreaterThan(5_000_000L);
    assertThat(j.path("config").path("envNames").toString()).isEqualTo("[\"PATH\"]");
    assertThat(j.toString()).doesNotContain("/usr/local/sbin");
    assertThat(j.path("fileCount").asInt()).isGreaterThan(400);
    assertThat(j.path("config").path("history")).hasSize(2);
  }

  @Test
  void inputOptionReadsTheSameArchive() {
    Result r = run("image", "inspect", "--input", SAMPLE.toString(), "-f", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"configDigest\" : \"sha256:a187dde4");
  }

  @Test
  void truncatedArchiveFailsInOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
    byte[] whole;
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE))) {
      whole = in.readAllBytes();
    }
    Path cut = dir.resolve("cut.tar");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    Path out = dir.resolve("out.json");
    Result r = run("image", "inspect", "-f", "json", "-o", out.toString(), cut.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("lashing: error:")
        .contains("cut.tar")
        .doesNotContain("\n");
    assertThat(out).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("cut.tar");
    }
  }

  @Test
  void fileThatIsNotAnImageIsRejected(@TempDir Path dir) throws Exception {
    Path txt = Files.writeString(dir.resolve("notes.tar"), "hello, not a tar at all\n");
    Result r = run("image", "inspect", txt.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("notes.tar").contains("not a container image");
  }

  @Test
  void directoryIsInspectedAsARootFilesystem(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("etc"));
    Files.writeString(
        dir.resolve("etc/os-release"),
        "ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n");
    Files.createSymbolicLink(dir.resolve("escape"), Path.of("/../../../../etc/passwd"));
    Result r = run("image", "inspect", "-f", "json", "dir:" + dir);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"source\" : \"directory\"").contains("\"id\" : \"debian\"");
  }

  @Test
  void unreachableRegistryIsOneLineError() {
    Result r =
        run("image", "inspect", "--retries", "0", "--timeout", "2", "127.0.0.1:1/team/app:1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("lashing: error:").contains("127.0.0.1:1");
  }

  @Test
  void limitsComeFromOptionsAndStopTarBombs() {
    Result r = run("image", "inspect", "--max-entries", "10", SAMPLE.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("10");
  }
}
