package dev.lashing.misconfig.posture;

import dev.lashing.misconfig.ObjectRef;
import dev.lashing.misconfig.check.Controls;
import dev.lashing.misconfig.netpol.ConnectivityMap;
import dev.lashing.misconfig.netpol.NetpolAnalyzer;
import dev.lashing.misconfig.netpol.NetpolFinding;
import dev.lashing.misconfig.netpol.NetpolFindings;
import dev.lashing.misconfig.objects.ObjectSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** NetworkPolicy reachability findings ({@code LSH-NET-*}) over the set. */
final class NetpolAnalysis implements Analysis {
  static final String ID = "netpol";

  private static final Controls CONTROLS =
      new Controls(
          List.of(),
          List.of("5.3.2"),
          List.of("Network separation and hardening"),
          List.of("4.4.2"),
          List.of(),
          List.of("1.3.1"));

  private NetpolAnalysis() {}

  static Analysis of() {
    return new NetpolAnalysis();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public AnalysisResult analyze(ObjectSet set) {
    ConnectivityMap map = NetpolAnalyzer.create().analyze(set.objects());
    List<PostureRule> rules =
        Arrays.stream(NetpolFinding.Rule.values())
            .map(
                r ->
                    new PostureRule(
                        r.id(),
                        r.title(),
                        r.severity(),
                        r.title()
                            + ": NetworkPolicies decide which workloads may reach which;"
                            + " see 'lashing k8s netpol' for the allowed connections.",
                        "Add or tighten NetworkPolicies (a default-deny per namespace, then"
                            + " rules that allow only the connections the workload needs).",
                        CONTROLS,
                        ID))
            .toList();
    List<PostureFinding> findings =
        NetpolFindings.of(map).stream().map(NetpolAnalysis::finding).toList();
    return new AnalysisResult(
        ID, rules, findings, Map.of("workloads", map.endpoints().size()), map.notes(), List.of());
  }

  private static PostureFinding finding(NetpolFinding f) {
    String namespace = namespaceOf(f.subject());
    String message =
        f.path().isEmpty() ? f.message() : f.message() + " (" + String.join(" ", f.path()) + ")";
    return new PostureFinding(
        f.id(),
        f.severity(),
        f.title(),
        message,
        namespace,
        objectOf(f.subject()),
        null,
        f.file(),
        f.line(),
        0,
        List.of(),
        ID);
  }

  /** {@code ns/name[Kind]} → {@code ns}; a bare namespace is itself. */
  private static @Nullable String namespaceOf(String subject) {
    int slash = subject.indexOf('/');
    if (slash > 0) {
      return subject.substring(0, slash);
    }
    return subject.contains("[") || subject.contains(".") || subject.contains(":") ? null : subject;
  }

  private static @Nullable ObjectRef objectOf(String subject) {
    int slash = subject.indexOf('/');
    int open = subject.lastIndexOf('[');
    if (slash < 0 || open < slash || !subject.endsWith("]")) {
      return null;
    }
    return new ObjectRef(
        subject.substring(open + 1, subject.length() - 1),
        subject.substring(0, slash),
        subject.substring(slash + 1, open));
  }
}
