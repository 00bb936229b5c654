package dev.lashing.cli.scan;

import java.util.List;
import java.util.Locale;

/**
 * The scanners {@code lashing image --scanners} can run: one literal list. {@code vuln} matches
 * packages against vulnerability data; secret and configuration scanning join this list as they are
 * wired to the image scan.
 */
public final class Scanners {
  /** Available scanner ids, in the order they run. */
  public static final List<String> AVAILABLE = List.of("vuln");

  private Scanners() {}

  /** Checks the requested ids; throws naming the available ones for an unknown id. */
  public static List<String> select(List<String> requested) {
    List<String> ids = requested.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    for (String id : ids) {
      if (!AVAILABLE.contains(id)) {
        throw new IllegalArgumentException(
            "scanner '"
                + id
                + "' is not available in this build (available: "
                + String.join(", ", AVAILABLE)
                + ")");
      }
    }
    return ids.isEmpty() ? AVAILABLE : ids;
  }
}
