package dev.lashing.model.version;

import java.util.Comparator;

/**
 * How one ecosystem orders its versions. {@link #compare} is a total preorder over every string: it
 * never throws, and strings the ecosystem would reject ({@link #isValid} false) still get a
 * deterministic, documented place in the order.
 */
public interface VersionScheme {

  /** Stable identifier of the scheme, e.g. {@code dpkg}, {@code semver}. */
  String name();

  /** Negative, zero or positive as {@code a} is older than, equal to or newer than {@code b}. */
  int compare(String a, String b);

  /** Whether the ecosystem's own tool accepts {@code version}. */
  boolean isValid(String version);

  /** This scheme as a comparator. */
  default Comparator<String> comparator() {
    return this::compare;
  }

  /**
   * Distro-feed check: a package is fixed in {@code fixedVersion}, so {@code installed} is still
   * vulnerable exactly when it is older: returns {@code compare(installed, fixedVersion) < 0}.
   */
  default boolean fixedIn(String installed, String fixedVersion) {
    return compare(installed, fixedVersion) < 0;
  }
}
