package dev.lashing.report.config;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.InlineIgnore;
import dev.lashing.misconfig.ScanResult;
import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.Tally;
import dev.lashing.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A configuration scan ready to render: the checks reported on (catalog order, only the chosen
 * severities), every finding of those checks in file, line, id order with its suppression if any
 * (suppressed findings are kept), and warnings for the user (expired ignore entries).
 */
public record ConfigReport(
    ScanResult scan, Map<String, Check> checks, List<Reported> findings, List<String> warnings) {
  public ConfigReport {
    checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }

  /**
   * Applies the severity filter ({@code severities} empty = all), inline ignore comments, then the
   * ignore-file entries that have not expired on {@code today}.
   */
  public static ConfigReport of(
      ScanResult scan,
      List<Check> checks,
      Set<Severity> severities,
      List<IgnoreEntry> ignores,
      LocalDate today) {
    Map<String, Check> chosen = new LinkedHashMap<>();
    for (Check c : checks) {
      if (severities.isEmpty() || severities.contains(c.severity())) {
        chosen.put(c.id(), c);
      }
    }
    List<String> warnings = new ArrayList<>();
    List<IgnoreEntry> live = new ArrayList<>();
    for (IgnoreEntry e : ignores) {
      if (e.expiredOn(today)) {
        warnings.add(
            e.source() + ": ignore of " + e.id() + " expired on " + e.expires() + "; not applied");
      } else {
        live.add(e);
      }
    }
    List<Reported> out = new ArrayList<>();
    scan.findings().stream()
        .filter(f -> chosen.containsKey(f.checkId()))
        .sorted(Text.ORDER)
        .forEach(f -> out.add(new Reported(f, suppression(f, scan.inlineIgnores(), live))));
    return new ConfigReport(scan, chosen, out, warnings);
  }

  private static @Nullable Suppression suppression(
      ConfigFinding f, List<InlineIgnore> inline, List<IgnoreEntry> entries) {
    for (InlineIgnore i : inline) {
      if (i.file().equals(f.file()) && i.covers(f.checkId(), f.line())) {
        String reason = i.reason().isEmpty() ? "(no reason given)" : i.reason();
        return new Suppression(
            Suppression.Kind.INLINE, reason, null, null, i.file() + ":" + i.line());
      }
    }
    for (IgnoreEntry e : entries) {
      if (e.matches(f)) {
        return new Suppression(
            Suppression.Kind.IGNORE_FILE, e.reason(), e.owner(), e.expires(), e.source());
      }
    }
    return null;
  }

  /** The findings that count: not suppressed. */
  public List<ConfigFinding> active() {
    return findings.stream().filter(r -> !r.suppressed()).map(Reported::finding).toList();
  }

  /** True when a finding that counts is at or above {@code minimum}. */
  public boolean anyAtLeast(Severity minimum) {
    return active().stream().anyMatch(f -> f.severity().atLeast(minimum));
  }

  /** Active findings per severity, every severity present, most severe first. */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    active().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    Map<Severity, Integer> ordered = new LinkedHashMap<>();
    List<Severity> desc = new ArrayList<>(List.of(Severity.values()));
    Collections.reverse(desc);
    desc.forEach(s -> ordered.put(s, counts.get(s)));
    return ordered;
  }

  public int suppressedCount() {
    return (int) findings.stream().filter(Reported::suppressed).count();
  }

  /** The tally of a reported check over all files. */
  public Tally tally(String checkId) {
    return scan.perCheck().getOrDefault(checkId, Tally.ZERO);
  }
}
