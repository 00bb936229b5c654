package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One OSV {@code affected[].ranges[]} entry, evaluated as the OSV schema specifies: events sorted
 * by version ({@code introduced: "0"} first); walking them, an introduced at or below the version
 * makes it vulnerable, a fixed at or below it or a last_affected below it makes it not vulnerable;
 * when limits exist the version must also be below one of them. ECOSYSTEM ranges use the
 * ecosystem's scheme, SEMVER ranges SemVer 2; GIT ranges (commit hashes) cannot be evaluated
 * against a version string.
 */
public record OsvRange(String ecosystem, Type type, List<OsvEvent> events) {

  /** The OSV range types. */
  public enum Type {
    ECOSYSTEM,
    SEMVER,
    GIT;

    /** Parses OSV's spelling; throws IllegalArgumentException naming the unknown type. */
    public static Type of(String osv) {
      try {
        return valueOf(osv.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown OSV range type '" + osv + "' (expected ECOSYSTEM, SEMVER or GIT)", e);
      }
    }
  }

  /** The outcome of evaluating a version against a range. */
  public enum Verdict {
    AFFECTED,
    NOT_AFFECTED,
    NOT_EVALUABLE
  }

  public OsvRange {
    events = List.copyOf(events);
    if (type != Type.GIT) {
      VersionSchemes.forEcosystem(ecosystem);
    }
  }

  /** Whether this range can be evaluated against version strings (not GIT). */
  public boolean isEvaluable() {
    return type != Type.GIT;
  }

  /** {@code evaluate(version) == AFFECTED}; a GIT range affects no version string. */
  public boolean affects(String version) {
    return evaluate(version) == Verdict.AFFECTED;
  }

  public Verdict evaluate(String version) {
    if (!isEvaluable()) {
      return Verdict.NOT_EVALUABLE;
    }
    VersionScheme scheme =
        type == Type.SEMVER ? VersionSchemes.SEMVER : VersionSchemes.forEcosystem(ecosystem);
    List<OsvEvent> sorted = new ArrayList<>(events);
    sorted.sort((x, y) -> compareEvents(scheme, x, y));
    boolean vulnerable = false;
    List<String> limits = new ArrayList<>();
    for (OsvEvent e : sorted) {
      switch (e) {
        case OsvEvent.Introduced i ->
            vulnerable |= isZero(i) || scheme.compare(version, i.version()) >= 0;
        case OsvEvent.Fixed f -> vulnerable &= scheme.compare(version, f.version()) < 0;
        case OsvEvent.LastAffected l -> vulnerable &= scheme.compare(version, l.version()) <= 0;
        case OsvEvent.Limit l -> limits.add(l.version());
      }
    }
    boolean belowLimit =
        limits.isEmpty()
            || limits.stream().anyMatch(l -> l.equals("*") || scheme.compare(version, l) < 0);
    return vulnerable && belowLimit ? Verdict.AFFECTED : Verdict.NOT_AFFECTED;
  }

  private static boolean isZero(OsvEvent e) {
    return e instanceof OsvEvent.Introduced && e.version().equals("0");
  }

  private static int compareEvents(VersionScheme scheme, OsvEvent a, OsvEvent b) {
    if (isZero(a) || isZero(b)) {
      return Boolean.compare(!isZero(a), !isZero(b));
    }
    return scheme.compare(a.version(), b.version());
  }
}
