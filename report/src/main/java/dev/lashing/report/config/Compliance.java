package dev.lashing.report.config;

import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.Tally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A report grouped by the controls of one framework. A control fails when a finding that counts
 * (not suppressed) comes from one of its checks, passes when its checks saw something and found
 * nothing, and is not evaluated when none of its checks applied to the inputs.
 */
public record Compliance(Framework framework, List<Control> controls) {
  public Compliance {
    controls = List.copyOf(controls);
  }

  /** How a control came out. */
  public enum Status {
    FAIL,
    PASS,
    NOT_EVALUATED
  }

  /** One control: its checks (catalog order), subjects evaluated, and its findings. */
  public record Control(
      String id, Status status, List<String> checks, int evaluated, List<Reported> findings) {
    public Control {
      checks = List.copyOf(checks);
      findings = List.copyOf(findings);
    }
  }

  /** Controls in natural order: 5.2.2 before 5.2.10, text labels alphabetically. */
  static final Comparator<String> CONTROL_ORDER = Compliance::compareControls;

  public static Compliance of(ConfigReport report, Framework framework) {
    Map<String, List<Check>> byControl = new TreeMap<>(CONTROL_ORDER);
    for (Check c : report.checks().values()) {
      for (String control : framework.controlsOf(c)) {
        byControl.computeIfAbsent(control, k -> new ArrayList<>()).add(c);
      }
    }
    List<Control> out = new ArrayList<>();
    byControl.forEach(
        (control, checks) -> {
          List<String> ids = checks.stream().map(Check::id).toList();
          int evaluated = ids.stream().map(report::tally).mapToInt(Tally::evaluated).sum();
          List<Reported> findings =
              report.findings().stream().filter(r -> ids.contains(r.finding().checkId())).toList();
          boolean fails = findings.stream().anyMatch(r -> !r.suppressed());
          Status status = fails ? Status.FAIL : evaluated > 0 ? Status.PASS : Status.NOT_EVALUATED;
          out.add(new Control(control, status, ids, evaluated, findings));
        });
    return new Compliance(framework, out);
  }

  public long count(Status status) {
    return controls.stream().filter(c -> c.status() == status).count();
  }

  private static int compareControls(String a, String b) {
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
  }
}
