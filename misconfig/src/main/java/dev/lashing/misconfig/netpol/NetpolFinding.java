package dev.lashing.misconfig.netpol;

import dev.lashing.model.Severity;
import java.util.List;

/**
 * One reachability finding: a rule id ({@code LSH-NET-001}…), what it is about ({@code subject}: a
 * namespace or an endpoint id), a one-line message, the path for lateral-movement findings (hops as
 * {@code endpoint} and {@code —conn→} entries), and where the subject is declared.
 */
public record NetpolFinding(
    String id,
    Severity severity,
    String title,
    String subject,
    String message,
    List<String> path,
    String file,
    int line) {
  public NetpolFinding {
    path = List.copyOf(path);
  }

  /** The rules, in id order: id, severity, title. */
  public enum Rule {
    NO_DEFAULT_DENY_INGRESS(
        "LSH-NET-001", Severity.MEDIUM, "Namespace without default-deny ingress"),
    NO_DEFAULT_DENY_EGRESS("LSH-NET-002", Severity.LOW, "Namespace without default-deny egress"),
    OPEN_TO_ALL_PODS(
        "LSH-NET-003", Severity.MEDIUM, "Workload reachable from every other workload"),
    OPEN_TO_INTERNET("LSH-NET-004", Severity.HIGH, "Workload reachable from anywhere (0.0.0.0/0)"),
    EGRESS_ANYWHERE("LSH-NET-005", Severity.MEDIUM, "Workload may connect anywhere (0.0.0.0/0)"),
    LATERAL_MOVEMENT(
        "LSH-NET-006", Severity.HIGH, "Sensitive workload reachable from an internet-exposed one");

    private final String id;
    private final Severity severity;
    private final String title;

    Rule(String id, Severity severity, String title) {
      this.id = id;
      this.severity = severity;
      this.title = title;
    }

    public String id() {
      return id;
    }

    public Severity severity() {
      return severity;
    }

    public String title() {
      return title;
    }
  }
}
