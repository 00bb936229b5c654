package dev.lashing.match;

import dev.lashing.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the user asked to see: severities (empty = all), whether findings without a fix are dropped,
 * and package classes ({@code os}, {@code library}; empty = both). Findings outside the filter
 * leave the result; suppressed findings are not filtered, they stay with their rule.
 */
public record ScanFilter(Set<Severity> severities, boolean ignoreUnfixed, Set<String> pkgTypes) {

  /** The package classes {@code --pkg-types} accepts. */
  public static final List<String> PKG_TYPES = List.of("os", "library");

  /** Everything. */
  public static final ScanFilter NONE = new ScanFilter(Set.of(), false, Set.of());

  public ScanFilter {
    severities = Set.copyOf(severities);
    pkgTypes = Set.copyOf(pkgTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    for (String t : pkgTypes) {
      if (!PKG_TYPES.contains(t)) {
        throw new IllegalArgumentException(
            "unknown package type '" + t + "' (expected " + String.join(" or ", PKG_TYPES) + ")");
      }
    }
  }

  public boolean keeps(Finding f) {
    if (!severities.isEmpty() && !severities.contains(f.severity())) {
      return false;
    }
    if (ignoreUnfixed && f.fixState() != FixState.FIXED) {
      return false;
    }
    return pkgTypes.isEmpty() || pkgTypes.contains(f.pkg().type().isOs() ? "os" : "library");
  }

  public List<Finding> apply(List<Finding> findings) {
    return findings.stream().filter(this::keeps).toList();
  }
}
