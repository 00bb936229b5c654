package dev.lashing.model.version;

import java.util.Comparator;
import java.util.function.Predicate;

/** A scheme assembled from a per-ecosystem comparator and validity check. */
record BasicScheme(String name, Comparator<String> order, Predicate<String> validity)
    implements VersionScheme {

  @Override
  public int compare(String a, String b) {
    return Integer.signum(order.compare(a, b));
  }

  @Override
  public boolean isValid(String version) {
    return validity.test(version);
  }

  @Override
  public String toString() {
    return name;
  }
}
