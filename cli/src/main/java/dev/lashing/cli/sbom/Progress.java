package dev.lashing.cli.sbom;

import dev.lashing.sbom.ScanProgress;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error for long scans, rewritten in place ({@code \r}), for example
 * {@code lashing: cataloging [#######.......] 48% 1,204/2,511 files 61.2/128.0 MiB}. It is shown
 * only when standard error is a terminal and the user did not ask for quiet; it never writes to
 * standard output, and {@link #close} erases it. Redraws are throttled to one per {@link
 * #INTERVAL_NANOS}; a new step is always drawn. Safe to call from several threads.
 */
public final class Progress implements ScanProgress, AutoCloseable {
  /** The shortest time between two redraws of the same step. */
  public static final long INTERVAL_NANOS = 100_000_000L;

  private static final int DEFAULT_WIDTH = 80;
  private static final int MIN_BAR = 10;

  private final PrintWriter err;
  private final int width;
  private final LongSupplier clock;
  private final boolean visible;
  private String step = "";
  private String unit = "";
  private long total;
  private long done;
  private long totalBytes;
  private long bytes;
  private long lastDraw;
  private int drawn;

  private Progress(PrintWriter err, int width, LongSupplier clock, boolean visible) {
    this.err = err;
    this.width = Math.max(20, width);
    this.clock = clock;
    this.visible = visible;
  }

  /**
   * A bar on {@code err} when the JVM's standard error is an interactive terminal and not {@code
   * quiet}; otherwise a progress that prints nothing. The width is {@code $COLUMNS} when set, else
   * 80.
   */
  public static Progress on(PrintWriter err, boolean quiet) {
    boolean show = !quiet && stderrIsTerminal();
    return new Progress(err, columns(System.getenv("COLUMNS")), System::nanoTime, show);
  }

  /**
   * Whether file descriptor 2 is a terminal: on Linux what {@code /proc/self/fd/2} links to (a
   * {@code /dev/pts/N} or {@code /dev/ttyN} device); elsewhere {@link Console#isTerminal()}, which
   * looks at standard input and output.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        return isTerminalDevice(Files.readSymbolicLink(fd).toString());
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall through to the console check
    }
    Console console = System.console();
    return console != null && console.isTerminal();
  }

  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/")
        || target.matches("/dev/tty[0-9]*")
        || target.startsWith("/dev/ttyS");
  }

  /** A bar that is always drawn, {@code width} columns wide, timed by {@code clock} (tests). */
  static Progress to(PrintWriter err, int width, LongSupplier clock) {
    return new Progress(err, width, clock, true);
  }

  /** Whether anything is drawn at all. */
  public boolean visible() {
    return visible;
  }

  @Override
  public synchronized void begin(String step, long total, String unit, long totalBytes) {
    this.step = step.replaceAll("\\p{Cntrl}", "?");
    this.unit = unit;
    this.total = total;
    this.totalBytes = totalBytes;
    this.done = 0;
    this.bytes = 0;
    draw();
  }

  @Override
  public synchronized void advance(long units, long bytes) {
    this.done += units;
    this.bytes += bytes;
    if (clock.getAsLong() - lastDraw >= INTERVAL_NANOS || (total > 0 && done == total)) {
      draw();
    }
  }

  /**
   * Prints one line of its own on standard error (a warning) without mixing it into the bar: the
   * bar is erased first and drawn again on the next update.
   */
  public synchronized void println(String message) {
    erase();
    err.println(message);
    err.flush();
  }

  /** Erases the bar. */
  @Override
  public synchronized void close() {
    erase();
  }

  private void erase() {
    if (visible && drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
      drawn = 0;
    }
  }

  private void draw() {
    lastDraw = clock.getAsLong();
    if (!visible) {
      return;
    }
    String line = line(step, done, total, unit, bytes, totalBytes, width);
    err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    err.flush();
    drawn = line.length();
  }

  /**
   * One frame, at most {@code width - 1} characters (the last column stays free so that no terminal
   * wraps): {@code lashing: STEP [bar] PCT DONE/TOTAL UNIT BYTES}. The bar follows bytes when their
   * total is known, else units; without either total there is no bar. The step is cut (with {@code
   * …}) when the line would not fit, and the bar is dropped below {@value #MIN_BAR} columns.
   */
  static String line(
      String step, long done, long total, String unit, long bytes, long totalBytes, int width) {
    int max = width - 1;
    StringBuilder tail = new StringBuilder();
    double fraction = -1;
    if (totalBytes > 0) {
      fraction = Math.min(1, (double) bytes / totalBytes);
    } else if (total > 0) {
      fraction = Math.min(1, (double) done / total);
    }
    if (fraction >= 0) {
      tail.append(String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction * 100)));
    }
    if (total > 0) {
      tail.append(String.format(Locale.ROOT, "  %,d/%,d %s", done, total, unit));
    }
    if (totalBytes > 0) {
      tail.append("  ").append(mib(bytes)).append('/').append(mib(totalBytes)).append(" MiB");
    } else if (bytes > 0) {
      tail.append("  ").append(mib(bytes)).append(" MiB");
    }
    String head = "lashing: " + step;
    int room = max - head.length() - tail.length();
    if (fraction >= 0 && room >= MIN_BAR + 3) {
      int cells = Math.min(40, room - 3);
      int full = (int) Math.floor(fraction * cells);
      return head + " [" + "#".repeat(full) + ".".repeat(cells - full) + "]" + tail;
    }
    String plain = head + tail;
    if (plain.length() <= max) {
      return plain;
    }
    int keep = Math.max(0, max - tail.length() - 1);
    return (head.substring(0, Math.min(head.length(), keep)) + "…" + tail).substring(0, max);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }

  static int columns(@Nullable String env) {
    if (env != null && env.matches("\\d{1,4}")) {
      return Integer.parseInt(env);
    }
    return DEFAULT_WIDTH;
  }
}
