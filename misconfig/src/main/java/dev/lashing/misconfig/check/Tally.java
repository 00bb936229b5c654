package dev.lashing.misconfig.check;

/**
 * How many subjects (instructions, stages, containers, objects…) a check saw, and how many failed.
 */
public record Tally(int evaluated, int failed) {
  public static final Tally ZERO = new Tally(0, 0);

  public int passed() {
    return evaluated - failed;
  }

  public Tally plus(Tally other) {
    return new Tally(evaluated + other.evaluated, failed + other.failed);
  }
}
