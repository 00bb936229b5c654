package dev.lashing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {
  @TempDir Path dir;

  @Test
  void writesAFileAtomicallyAndLeavesNothingOnFailure() throws Exception {
    Path out = dir.resolve("report.json");
    OutputTarget.of(out.toString(), new StringWriter()).write(w -> w.write("{}"));
    assertThat(out).hasContent("{}");
    assertThatThrownBy(
            () ->
                OutputTarget.of(out.toString(), new StringWriter())
                    .write(
                        w -> {
                          w.write("half");
                          throw new IOException("boom");
                        }))
        .hasMessage("boom");
    assertThat(out).hasContent("{}");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void dashAndNullMeanStandardOutput() throws Exception {
    StringWriter stdout = new StringWriter();
    OutputTarget.of("-", stdout).write(w -> w.write("x"));
    OutputTarget.of(null, stdout).write(w -> w.write("y"));
    assertThat(stdout).hasToString("xy");
  }

  @Test
  void symlinkIsKeptAndItsTargetReplaced() throws Exception {
    Path real = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    OutputTarget.of(link.toString(), new StringWriter()).write(w -> w.write("new"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
  }

  @Test
  void fifoIsWrittenThroughNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo not available");
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    OutputTarget.of(fifo.toString(), new StringWriter()).write(w -> w.write("through"));
    assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("through");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void missingDirectoryIsAnError() {
    assertThatThrownBy(
            () ->
                OutputTarget.of(dir.resolve("no/such/file").toString(), new StringWriter())
                    .write(w -> w.write("x")))
        .hasMessageContaining("does not exist");
  }
}
