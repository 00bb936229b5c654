package dev.lashing.match;

import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.version.VersionScheme;
import dev.lashing.model.version.VersionSchemes;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether one affected entry of a record covers one installed version, and says why: the
 * shared core of every matcher. Statuses come first (not affected never matches; unfixed and won't
 * fix match every version), then explicit versions, then ranges in the ecosystem's order.
 */
public final class AffectedEntries {
  private AffectedEntries() {}

  /**
   * The candidate when {@code entry} of {@code advisory} affects {@code version}.
   *
   * @param matcher the matcher id for the detail
   * @param matchedBy how the package was looked up ({@code binary}, {@code source}, {@code name})
   */
  public static Optional<Candidate> evaluate(
      String matcher, Advisory advisory, AffectedPackage entry, String version, String matchedBy) {
    if (advisory.withdrawn() != null) {
      return Optional.empty();
    }
    String vendor = entry.severity();
    return switch (entry.status()) {
      case NOT_AFFECTED -> Optional.empty();
      case UNFIXED ->
          Optional.of(
              statusOnly(
                  matcher,
                  advisory,
                  entry,
                  version,
                  matchedBy,
                  FixState.NOT_FIXED,
                  "the feed lists " + entry.name() + " as affected with no fix yet (unfixed)",
                  vendor));
      case WONT_FIX ->
          Optional.of(
              statusOnly(
                  matcher,
                  advisory,
                  entry,
                  version,
                  matchedBy,
                  FixState.WONT_FIX,
                  "the distribution will not fix "
                      + entry.name()
                      + " in this release (won't fix)"
                      + (entry.note() != null ? ": " + entry.note() : ""),
                  vendor));
      case AFFECTED -> ranges(matcher, advisory, entry, version, matchedBy, vendor);
    };
  }

  private static Candidate statusOnly(
      String matcher,
      Advisory a,
      AffectedPackage entry,
      String version,
      String matchedBy,
      FixState state,
      String reason,
      @Nullable String vendor) {
    MatchDetail detail =
        new MatchDetail(
            matcher,
            a.id(),
            a.source(),
            entry.ecosystem(),
            entry.name(),
            matchedBy,
            version,
            List.of(),
            "installed " + version + ": " + reason);
    return new Candidate(a, detail, List.of(), state, vendor);
  }

  private static Optional<Candidate> ranges(
      String matcher,
      Advisory a,
      AffectedPackage entry,
      String version,
      String matchedBy,
      @Nullable String vendor) {
    VersionScheme scheme;
    try {
      scheme = VersionSchemes.forEcosystem(entry.ecosystem());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an ecosystem without a version scheme cannot be decided
    }
    for (String listed : entry.versions()) {
      if (listed.equals(version) || scheme.compare(listed, version) == 0) {
        String reason =
            "installed "
                + version
                + " is listed among the record's affected versions ("
                + scheme.name()
                + " order)";
        return Optional.of(
            candidate(
                matcher,
                a,
                entry,
                version,
                matchedBy,
                List.of(),
                reason,
                vendor,
                entry.fixedVersions()));
      }
    }
    for (OsvRange range : entry.ranges()) {
      if (range.evaluate(version) == OsvRange.Verdict.AFFECTED) {
        VersionScheme rangeScheme =
            range.type() == OsvRange.Type.SEMVER ? VersionSchemes.forEcosystem("npm") : scheme;
        String reason = explain(range, version, rangeScheme);
        List<String> events = range.events().stream().map(AffectedEntries::event).toList();
        return Optional.of(
            candidate(
                matcher, a, entry, version, matchedBy, events, reason, vendor, fixedOf(range)));
      }
    }
    return Optional.empty();
  }

  private static Candidate candidate(
      String matcher,
      Advisory a,
      AffectedPackage entry,
      String version,
      String matchedBy,
      List<String> events,
      String reason,
      @Nullable String vendor,
      List<String> fixed) {
    MatchDetail detail =
        new MatchDetail(
            matcher,
            a.id(),
            a.source(),
            entry.ecosystem(),
            entry.name(),
            matchedBy,
            version,
            events,
            reason);
    return new Candidate(
        a, detail, fixed, fixed.isEmpty() ? FixState.NOT_FIXED : FixState.FIXED, vendor);
  }

  private static List<String> fixedOf(OsvRange range) {
    List<String> fixed = new ArrayList<>();
    for (OsvEvent e : range.events()) {
      if (e instanceof OsvEvent.Fixed f && !fixed.contains(f.version())) {
        fixed.add(f.version());
      }
    }
    return fixed;
  }

  /** {@code fixed 2.15.0}, as the detail lists events. */
  static String event(OsvEvent e) {
    String kind =
        switch (e) {
          case OsvEvent.Introduced i -> "introduced";
          case OsvEvent.Fixed f -> "fixed";
          case OsvEvent.LastAffected l -> "last_affected";
          case OsvEvent.Limit l -> "limit";
        };
    return kind + " " + e.version();
  }

  /**
   * "installed 2.14.1 ≥ introduced 2.0-beta9 and < fixed 2.15.0 (ECOSYSTEM range, maven order)":
   * the introduced event that opened the affected interval the version lies in, and the event that
   * closes it.
   */
  static String explain(OsvRange range, String version, VersionScheme scheme) {
    List<OsvEvent> sorted = new ArrayList<>(range.events());
    sorted.sort(
        (x, y) -> {
          boolean zx = isZero(x);
          boolean zy = isZero(y);
          if (zx || zy) {
            return Boolean.compare(!zx, !zy);
          }
          return scheme.compare(x.version(), y.version());
        });
    OsvEvent opened = null;
    OsvEvent closes = null;
    for (OsvEvent e : sorted) {
      boolean atOrBelow = isZero(e) || scheme.compare(e.version(), version) <= 0;
      if (e instanceof OsvEvent.Introduced && atOrBelow) {
        opened = e;
        closes = null;
      } else if (opened != null && closes == null && !(e instanceof OsvEvent.Introduced)) {
        boolean above =
            e instanceof OsvEvent.LastAffected
                ? scheme.compare(e.version(), version) >= 0
                : scheme.compare(e.version(), version) > 0;
        if (above) {
          closes = e;
        }
      }
    }
    StringBuilder s = new StringBuilder("installed ").append(version);
    if (opened != null) {
      s.append(" ≥ ").append(event(opened));
    }
    if (closes instanceof OsvEvent.LastAffected) {
      s.append(" and ≤ ").append(event(closes));
    } else if (closes != null) {
      s.append(" and < ").append(event(closes));
    } else {
      s.append(" and no later fix is published");
    }
    return s.append(" (")
        .append(range.type())
        .append(" range, ")
        .append(scheme.name())
        .append(" order)")
        .toString();
  }

  private static boolean isZero(OsvEvent e) {
    return e instanceof OsvEvent.Introduced && e.version().equals("0");
  }
}
