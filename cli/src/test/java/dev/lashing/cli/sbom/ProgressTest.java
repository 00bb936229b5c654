package dev.lashing.cli.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar's frames (width, bar, units, bytes) and its throttling. */
class ProgressTest {

  @Test
  void aFrameFillsTheWidthLessOneColumn() {
    String line = Progress.line("cataloging", 1204, 2511, "files", 64 << 20, 128 << 20, 80);
    assertThat(line)
        .startsWith("lashing: cataloging [")
        .endsWith("]  50%  1,204/2,511 files  64.0/128.0 MiB")
        .hasSize(79);
    String bar = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
    assertThat(bar).matches("#+\\.+");
    assertThat(bar.chars().filter(c -> c == '#').count()).isEqualTo(bar.length() / 2);
  }

  @Test
  void theBarFollowsUnitsWhenBytesAreUnknown() {
    String line = Progress.line("indexing", 1, 4, "layers", 300 << 20, 0, 60);
    assertThat(line).endsWith("]  25%  1/4 layers  300.0 MiB").hasSizeLessThanOrEqualTo(59);
    int open = line.indexOf('[');
    String bar = line.substring(open + 1, line.indexOf(']'));
    assertThat(bar.chars().filter(c -> c == '#').count()).isEqualTo(bar.length() / 4);
  }

  @Test
  void noTotalsNoBar() {
    assertThat(Progress.line("opening alpine:3.20", 0, 0, "", 0, 0, 80))
        .isEqualTo("lashing: opening alpine:3.20");
  }

  @Test
  void narrowTerminalsDropTheBarAndCutTheStep() {
    String line =
        Progress.line("opening docker-archive:/very/long/path/image.tar", 0, 0, "", 0, 0, 30);
    assertThat(line).hasSize(29).endsWith("…").doesNotContain("[");
    String counted = Progress.line("cataloging", 5, 10, "files", 0, 0, 36);
    assertThat(counted).doesNotContain("[").endsWith(" 50%  5/10 files").hasSizeLessThan(36);
  }

  @Test
  void redrawsAreThrottledButEveryStepIsDrawn() {
    StringWriter out = new StringWriter();
    AtomicLong now = new AtomicLong(1_000_000_000L);
    Progress p = Progress.to(new PrintWriter(out), 80, now::get);
    p.begin("cataloging", 1000, "files", 0);
    for (int i = 0; i < 999; i++) {
      p.advance(1, 10);
      now.addAndGet(1_000_000L); // 1 ms per file: about one frame per 100 files
    }
    long frames = out.toString().chars().filter(c -> c == '\r').count();
    assertThat(frames).isBetween(9L, 12L);
    p.advance(1, 10); // the last unit is always drawn
    assertThat(out.toString()).endsWith("1,000/1,000 files  0.0 MiB");
    p.begin("writing", 0, "", 0);
    assertThat(out.toString()).contains("\rlashing: writing");
  }

  @Test
  void warningsGetTheirOwnLineAndCloseErases() {
    StringWriter out = new StringWriter();
    Progress p = Progress.to(new PrintWriter(out), 80, () -> 0L);
    p.begin("indexing", 2, "layers", 0);
    p.println("lashing: warning: /x.jar: not a zip");
    String s = out.toString();
    // the bar is blanked, then the warning starts at column 0 on a line of its own
    assertThat(s).contains("\r" + " ".repeat("lashing: indexing [".length()));
    assertThat(s).endsWith("\rlashing: warning: /x.jar: not a zip" + System.lineSeparator());
    p.advance(2, 0); // the last unit: drawn again
    p.close();
    assertThat(out.toString()).endsWith("\r");
  }

  @Test
  void hiddenWhenNotATerminal() {
    StringWriter out = new StringWriter();
    // the test JVM's standard error is not a terminal
    Progress p = Progress.on(new PrintWriter(out), false);
    p.begin("indexing", 3, "layers", 0);
    p.advance(3, 100);
    p.close();
    assertThat(p.visible()).isFalse();
    assertThat(out.toString()).isEmpty();
    assertThat(Progress.columns("132")).isEqualTo(132);
    assertThat(Progress.columns(null)).isEqualTo(80);
    assertThat(Progress.columns("wide")).isEqualTo(80);
    assertThat(Progress.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Progress.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Progress.isTerminalDevice("/dev/null")).isFalse();
    assertThat(Progress.isTerminalDevice("pipe:[12345]")).isFalse();
    assertThat(Progress.isTerminalDevice("/tmp/err.log")).isFalse();
  }
}
