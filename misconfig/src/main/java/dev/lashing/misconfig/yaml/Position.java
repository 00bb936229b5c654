package dev.lashing.misconfig.yaml;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {
  public static final Position START = new Position(1, 1);

  /** This position moved down by {@code lines} (for documents embedded in a larger file). */
  public Position shift(int lines) {
    return new Position(line + lines, column);
  }
}
