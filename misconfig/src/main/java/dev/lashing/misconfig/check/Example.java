package dev.lashing.misconfig.check;

import java.util.List;

/**
 * An input a check ships with: a bad one must fire at exactly {@code lines} (1-based within {@code
 * input}); a good one must not fire.
 */
public record Example(boolean bad, String input, List<Integer> lines, int declaredAt) {
  public Example {
    lines = List.copyOf(lines);
  }
}
