package dev.lashing.cli.sbom;

import java.io.Console;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * A one-line progress display on standard error, rewritten in place; shown only on an interactive
 * terminal and never on standard output.
 */
public final class Progress implements Consumer<String> {
  private final PrintWriter err;
  private int width;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  /** A progress line when standard error is a terminal and the user did not ask for quiet. */
  public static Consumer<String> on(PrintWriter err, boolean quiet) {
    Console console = System.console();
    boolean terminal = console != null && console.isTerminal();
    return terminal && !quiet ? new Progress(err) : step -> {};
  }

  @Override
  public void accept(String step) {
    String line = "lashing: " + step.replaceAll("\\p{Cntrl}", "?") + " ...";
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    width = line.length();
    err.flush();
  }

  /** Clears the line (call when done). */
  public static void clear(Consumer<String> progress) {
    if (progress instanceof Progress p && p.width > 0) {
      p.err.print("\r" + " ".repeat(p.width) + "\r");
      p.err.flush();
    }
  }
}
