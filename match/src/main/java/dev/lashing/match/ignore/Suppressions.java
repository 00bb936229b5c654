package dev.lashing.match.ignore;

import dev.lashing.match.Finding;
import dev.lashing.match.Suppression;
import dev.lashing.model.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies ignore-file entries and VEX statements to findings. A suppressed finding stays, with the
 * rule that suppressed it; the first ignore entry that fits wins, then the first VEX statement
 * whose status suppresses ({@code not_affected}, {@code fixed}). Expired entries never suppress and
 * are reported.
 *
 * @param findings every finding, suppressed ones carrying their {@link Suppression}
 * @param expired ignore entries past their expiry date that named a finding of this scan
 */
public record Suppressions(List<Finding> findings, List<IgnoreRule> expired) {

  public Suppressions {
    findings = List.copyOf(findings);
    expired = List.copyOf(expired);
  }

  public static Suppressions apply(
      List<Finding> findings, List<IgnoreRule> rules, List<VexStatement> vex, LocalDate today) {
    List<Finding> out = new ArrayList<>(findings.size());
    Set<IgnoreRule> expired = new LinkedHashSet<>();
    for (Finding f : findings) {
      Suppression s = null;
      for (IgnoreRule r : rules) {
        if (fits(r, f)) {
          if (r.expiredOn(today)) {
            expired.add(r);
          } else {
            s =
                new Suppression(
                    Suppression.Kind.IGNORE_FILE,
                    r.source(),
                    r.reason(),
                    r.owner(),
                    r.expires(),
                    null,
                    null);
            break;
          }
        }
      }
      if (s == null) {
        for (VexStatement v : vex) {
          if (v.status().suppresses()
              && f.allIds().contains(v.vulnerability())
              && v.covers(f.pkg().purl())) {
            String reason =
                "VEX "
                    + v.status().id()
                    + (v.justification() != null ? ": " + v.justification() : "");
            s =
                new Suppression(
                    Suppression.Kind.VEX,
                    v.source(),
                    reason,
                    null,
                    null,
                    v.status().id(),
                    v.justification());
            break;
          }
        }
      }
      out.add(s == null ? f : f.suppressed(s));
    }
    return new Suppressions(out, List.copyOf(expired));
  }

  private static boolean fits(IgnoreRule r, Finding f) {
    if (!f.allIds().contains(r.id()) || !r.matchesPurl(f.pkg().purl())) {
      return false;
    }
    if (r.path() == null) {
      return true;
    }
    for (Location l : f.pkg().locations()) {
      if (r.matchesPath(l.path())) {
        return true;
      }
    }
    return false;
  }
}
