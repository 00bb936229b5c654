package dev.lashing.report.posture;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.InlineIgnore;
import dev.lashing.misconfig.posture.AnalysisResult;
import dev.lashing.misconfig.posture.Posture;
import dev.lashing.misconfig.posture.PostureFinding;
import dev.lashing.misconfig.posture.PostureRule;
import dev.lashing.model.Severity;
import dev.lashing.report.config.IgnoreEntry;
import dev.lashing.report.config.Suppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A posture ready to render: the rules reported on (only the chosen severities), every finding of
 * those rules with its suppression if any (kept, never dropped), in namespace then severity order,
 * and warnings for the user (expired ignore entries).
 */
public record PostureReport(
    Posture posture, Map<String, PostureRule> rules, List<Entry> findings, List<String> warnings) {

  /** One finding as reported. */
  public record Entry(PostureFinding finding, @Nullable Suppression suppression) {
    public boolean suppressed() {
      return suppression != null;
    }
  }

  /** The label of findings without a namespace (cluster-scoped objects, cluster-wide grants). */
  public static final String CLUSTER_WIDE = "(cluster-wide)";

  /** Cluster-wide first, then namespaces by name; inside, most severe first, then id and place. */
  static final Comparator<PostureFinding> ORDER =
      Comparator.comparing((PostureFinding f) -> f.namespace() != null)
          .thenComparing(f -> Objects.requireNonNullElse(f.namespace(), ""))
          .thenComparing(PostureFinding::severity, Comparator.reverseOrder())
          .thenComparing(PostureFinding::ruleId)
          .thenComparing(PostureFinding::file)
          .thenComparingInt(PostureFinding::line)
          .thenComparing(PostureFinding::message);

  public PostureReport {
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }

  /**
   * Keeps the rules of {@code severities} (empty = all), applies the inline ignore comments of
   * every analysis, then the ignore-file entries not expired on {@code today}.
   */
  public static PostureReport of(
      Posture posture, Set<Severity> severities, List<IgnoreEntry> ignores, LocalDate today) {
    Map<String, PostureRule> chosen = new LinkedHashMap<>();
    List<InlineIgnore> inline = new ArrayList<>();
    for (AnalysisResult r : posture.results()) {
      r.rules().stream()
          .filter(x -> severities.isEmpty() || severities.contains(x.severity()))
          .forEach(x -> chosen.putIfAbsent(x.id(), x));
      inline.addAll(r.inlineIgnores());
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
    List<Entry> out = new ArrayList<>();
    posture.results().stream()
        .flatMap(r -> r.findings().stream())
        .filter(f -> chosen.containsKey(f.ruleId()))
        .sorted(ORDER)
        .forEach(f -> out.add(new Entry(f, suppression(f, inline, live))));
    return new PostureReport(posture, chosen, out, warnings);
  }

  private static @Nullable Suppression suppression(
      PostureFinding f, List<InlineIgnore> inline, List<IgnoreEntry> entries) {
    for (InlineIgnore i : inline) {
      if (i.file().equals(f.file()) && i.covers(f.ruleId(), f.line())) {
        String reason = i.reason().isEmpty() ? "(no reason given)" : i.reason();
        return new Suppression(
            Suppression.Kind.INLINE, reason, null, null, i.file() + ":" + i.line());
      }
    }
    ConfigFinding asConfig =
        new ConfigFinding(
            f.ruleId(),
            f.severity(),
            f.title(),
            f.message(),
            f.file(),
            f.line(),
            f.column(),
            f.object(),
            null);
    for (IgnoreEntry e : entries) {
      if (e.matches(asConfig)) {
        return new Suppression(
            Suppression.Kind.IGNORE_FILE, e.reason(), e.owner(), e.expires(), e.source());
      }
    }
    return null;
  }

  /** The findings that count (not suppressed). */
  public List<PostureFinding> active() {
    return findings.stream().filter(e -> !e.suppressed()).map(Entry::finding).toList();
  }

  public boolean anyAtLeast(Severity minimum) {
    return active().stream().anyMatch(f -> f.severity().atLeast(minimum));
  }

  public int suppressedCount() {
    return (int) findings.stream().filter(Entry::suppressed).count();
  }

  /** Active findings per severity, most severe first, every severity present. */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> out = new LinkedHashMap<>();
    for (int i = Severity.values().length - 1; i >= 0; i--) {
      out.put(Severity.values()[i], 0);
    }
    active().forEach(f -> out.merge(f.severity(), 1, Integer::sum));
    return out;
  }

  /** Findings (suppressed ones too) per namespace label, cluster-wide first. */
  public Map<String, List<Entry>> byNamespace() {
    Map<String, List<Entry>> out = new LinkedHashMap<>();
    List<Entry> cluster = new ArrayList<>();
    Map<String, List<Entry>> named = new TreeMap<>();
    for (Entry e : findings) {
      if (e.finding().namespace() == null) {
        cluster.add(e);
      } else {
        named.computeIfAbsent(e.finding().namespace(), k -> new ArrayList<>()).add(e);
      }
    }
    if (!cluster.isEmpty()) {
      out.put(CLUSTER_WIDE, cluster);
    }
    out.putAll(named);
    return out;
  }

  /** Every note of every analysis, prefixed by the analysis id. */
  public List<String> notes() {
    List<String> out = new ArrayList<>();
    for (AnalysisResult r : posture.results()) {
      r.notes().forEach(n -> out.add(r.analysis() + ": " + n));
    }
    return out;
  }
}
