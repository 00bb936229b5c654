package dev.lashing.report.posture;

import dev.lashing.misconfig.posture.AnalysisResult;
import dev.lashing.misconfig.posture.PostureRule;
import dev.lashing.report.config.Compliance;
import dev.lashing.report.config.Framework;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The posture grouped by the controls of one framework: a control fails when a finding that counts
 * comes from one of its rules (checks or RBAC risks), passes when its rules judged something and
 * found nothing, and is not evaluated otherwise.
 */
public record PostureCompliance(Framework framework, List<Control> controls) {
  public PostureCompliance {
    controls = List.copyOf(controls);
  }

  /** One control: its rules, subjects judged, and its findings. */
  public record Control(
      String id,
      Compliance.Status status,
      List<String> rules,
      int evaluated,
      List<PostureReport.Entry> findings) {
    public Control {
      rules = List.copyOf(rules);
      findings = List.copyOf(findings);
    }
  }

  public static PostureCompliance of(PostureReport report, Framework framework) {
    Map<String, List<PostureRule>> byControl = new TreeMap<>(NATURAL);
    for (PostureRule r : report.rules().values()) {
      for (String control : framework.controlsOf(r.controls())) {
        byControl.computeIfAbsent(control, k -> new ArrayList<>()).add(r);
      }
    }
    List<Control> out = new ArrayList<>();
    byControl.forEach(
        (control, rules) -> {
          List<String> ids = rules.stream().map(PostureRule::id).toList();
          int evaluated = 0;
          for (AnalysisResult a : report.posture().results()) {
            for (String id : ids) {
              evaluated += a.evaluated().getOrDefault(id, 0);
            }
          }
          List<PostureReport.Entry> findings =
              report.findings().stream().filter(e -> ids.contains(e.finding().ruleId())).toList();
          boolean fails = findings.stream().anyMatch(e -> !e.suppressed());
          Compliance.Status status =
              fails
                  ? Compliance.Status.FAIL
                  : evaluated > 0 ? Compliance.Status.PASS : Compliance.Status.NOT_EVALUATED;
          out.add(new Control(control, status, ids, evaluated, findings));
        });
    return new PostureCompliance(framework, out);
  }

  public long count(Compliance.Status status) {
    return controls.stream().filter(c -> c.status() == status).count();
  }

  /** 5.1.2 before 5.1.10; text labels alphabetically. */
  static final Comparator<String> NATURAL =
      (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
          int c =
              x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                  ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                  : x[i].compareTo(y[i]);
          if (c != 0) {
            return c;
          }
        }
        return x.length != y.length ? Integer.compare(x.length, y.length) : a.compareTo(b);
      };
}
