package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;

/** Facade for callers that hold an ecosystem name and version strings (the CLI, reports). */
public final class Versions {
  private Versions() {}

  /**
   * Compares two versions in the ecosystem's scheme: -1, 0 or 1.
   *
   * @throws IllegalArgumentException for an unknown ecosystem
   */
  public static int compare(String ecosystem, String a, String b) {
    return Integer.signum(VersionSchemes.forEcosystem(ecosystem).compare(a, b));
  }

  /**
   * The versions in ascending order of the ecosystem's scheme; equal versions keep their input
   * order.
   *
   * @throws IllegalArgumentException for an unknown ecosystem
   */
  public static List<String> sort(String ecosystem, List<String> versions) {
    VersionScheme scheme = VersionSchemes.forEcosystem(ecosystem);
    List<String> out = new ArrayList<>(versions);
    out.sort(scheme.comparator());
    return List.copyOf(out);
  }
}
