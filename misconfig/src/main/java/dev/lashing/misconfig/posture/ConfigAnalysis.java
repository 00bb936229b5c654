package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.InlineIgnore;
import dev.lashing.misconfig.ScanResult;
import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.objects.ObjectSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The configuration checks ({@link ConfigScanner}) over the set's files and in-memory texts. */
final class ConfigAnalysis implements Analysis {
  static final String ID = "config";
  private final ConfigScanner scanner;

  private ConfigAnalysis(ConfigScanner scanner) {
    this.scanner = scanner;
  }

  static Analysis of(ConfigScanner scanner) {
    return new ConfigAnalysis(scanner);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public AnalysisResult analyze(ObjectSet set) {
    List<ScanResult> scans = new ArrayList<>();
    if (!set.files().isEmpty()) {
      scans.add(scanner.scan(set.files()));
    }
    for (ObjectSet.Text t : set.texts()) {
      scans.add(scanner.scan(t.name(), t.text().getBytes(StandardCharsets.UTF_8)));
    }
    List<PostureRule> rules = new ArrayList<>();
    for (Check c : scanner.checks()) {
      if (c.target() == dev.lashing.misconfig.check.Target.KUBERNETES) {
        rules.add(
            new PostureRule(
                c.id(),
                c.title(),
                c.severity(),
                c.description(),
                c.remediation(),
                c.controls(),
                ID));
      }
    }
    Map<String, Integer> evaluated = new LinkedHashMap<>();
    rules.forEach(r -> evaluated.put(r.id(), 0));
    List<PostureFinding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<InlineIgnore> ignores = new ArrayList<>();
    for (ScanResult s : scans) {
      s.findings().forEach(f -> findings.add(finding(f)));
      s.perCheck().forEach((id, t) -> evaluated.computeIfPresent(id, (k, v) -> v + t.evaluated()));
      s.errors().stream().filter(e -> !set.problems().contains(e)).forEach(notes::add);
      notes.addAll(s.warnings());
      ignores.addAll(s.inlineIgnores());
    }
    return new AnalysisResult(ID, rules, findings, evaluated, notes, ignores);
  }

  private static PostureFinding finding(ConfigFinding f) {
    String subject = f.container() == null ? null : "container " + f.container();
    return new PostureFinding(
        f.checkId(),
        f.severity(),
        f.title(),
        f.message(),
        f.object() == null ? null : f.object().namespace(),
        f.object(),
        subject,
        f.file(),
        f.line(),
        f.column(),
        List.of(),
        ID);
  }
}
