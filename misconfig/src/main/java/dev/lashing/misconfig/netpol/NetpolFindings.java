package dev.lashing.misconfig.netpol;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The findings over a connectivity map (see {@link NetpolFinding.Rule}). */
public final class NetpolFindings {
  private NetpolFindings() {}

  public static List<NetpolFinding> of(ConnectivityMap map) {
    List<NetpolFinding> out = new ArrayList<>();
    Topology t = map.topology();
    defaultDeny(t, out);
    Map<String, Map<String, Connections>> in = new HashMap<>();
    Map<String, Map<String, Connections>> outEdges = new HashMap<>();
    for (ConnectivityMap.Connection c : map.connections()) {
      in.computeIfAbsent(c.dst().id(), k -> new HashMap<>()).put(c.src().id(), c.allowed());
      outEdges
          .computeIfAbsent(c.src().id(), k -> new LinkedHashMap<>())
          .put(c.dst().id(), c.allowed());
    }
    List<String> internet =
        map.endpoints().stream()
            .filter(e -> e instanceof Endpoint.External x && !x.range().v6())
            .map(Endpoint::id)
            .toList();
    Map<String, String> exposed = new TreeMap<>();
    t.exposures().forEach((id, reasons) -> exposed.put(id, String.join(", ", reasons)));
    int n = t.workloads().size();
    for (Endpoint.Workload w : t.workloads()) {
      if (w.assumed()) {
        continue;
      }
      Map<String, Connections> from = in.getOrDefault(w.id(), Map.of());
      long fromPods =
          t.workloads().stream().filter(o -> o != w && from.containsKey(o.id())).count();
      if (n >= 3 && fromPods == n - 1) {
        out.add(
            finding(
                NetpolFinding.Rule.OPEN_TO_ALL_PODS,
                w,
                "every other workload (" + (n - 1) + ") may connect to " + w.id(),
                List.of()));
      }
      if (!internet.isEmpty() && internet.stream().allMatch(from::containsKey)) {
        Connections c = Connections.ALL;
        for (String x : internet) {
          c = c.intersect(from.get(x));
        }
        out.add(
            finding(
                NetpolFinding.Rule.OPEN_TO_INTERNET,
                w,
                "any address (0.0.0.0/0) may connect to " + w.id() + " : " + describe(c),
                List.of()));
        exposed.merge(w.id(), "ingress from 0.0.0.0/0 allowed", (a, b) -> a + ", " + b);
      }
      Map<String, Connections> to = outEdges.getOrDefault(w.id(), Map.of());
      if (!internet.isEmpty() && internet.stream().allMatch(to::containsKey)) {
        out.add(
            finding(
                NetpolFinding.Rule.EGRESS_ANYWHERE,
                w,
                w.id() + " may connect to any address (0.0.0.0/0)",
                List.of()));
      }
    }
    lateral(t, outEdges, exposed, out);
    out.sort(Comparator.comparing(NetpolFinding::id).thenComparing(NetpolFinding::subject));
    return out;
  }

  private static String describe(Connections c) {
    return c.isEmpty() ? "some connections (differing by address range)" : c.toString();
  }

  private static void defaultDeny(Topology t, List<NetpolFinding> out) {
    Map<String, Endpoint.Workload> firstPerNs = new TreeMap<>();
    for (Endpoint.Workload w : t.workloads()) {
      if (!w.assumed()) {
        firstPerNs.putIfAbsent(w.namespace(), w);
      }
    }
    for (Map.Entry<String, Endpoint.Workload> e : firstPerNs.entrySet()) {
      boolean ingress = false;
      boolean egress = false;
      for (Policy p : t.policies()) {
        if (p.namespace().equals(e.getKey()) && p.podSelector().isEmpty()) {
          ingress |= p.ingress();
          egress |= p.egress();
        }
      }
      Endpoint.Workload w = e.getValue();
      if (!ingress) {
        out.add(
            new NetpolFinding(
                NetpolFinding.Rule.NO_DEFAULT_DENY_INGRESS.id(),
                NetpolFinding.Rule.NO_DEFAULT_DENY_INGRESS.severity(),
                NetpolFinding.Rule.NO_DEFAULT_DENY_INGRESS.title(),
                e.getKey(),
                "namespace "
                    + e.getKey()
                    + " has no NetworkPolicy with an empty podSelector and"
                    + " policyType Ingress: new pods accept connections from anywhere",
                List.of(),
                w.file(),
                w.line()));
      }
      if (!egress) {
        out.add(
            new NetpolFinding(
                NetpolFinding.Rule.NO_DEFAULT_DENY_EGRESS.id(),
                NetpolFinding.Rule.NO_DEFAULT_DENY_EGRESS.severity(),
                NetpolFinding.Rule.NO_DEFAULT_DENY_EGRESS.title(),
                e.getKey(),
                "namespace "
                    + e.getKey()
                    + " has no NetworkPolicy with an empty podSelector and"
                    + " policyType Egress: new pods may connect anywhere",
                List.of(),
                w.file(),
                w.line()));
      }
    }
  }

  /** Shortest paths (breadth-first from every exposed workload) to every sensitive workload. */
  private static void lateral(
      Topology t,
      Map<String, Map<String, Connections>> edges,
      Map<String, String> exposed,
      List<NetpolFinding> out) {
    Map<String, Endpoint.Workload> byId = new HashMap<>();
    t.workloads().forEach(w -> byId.put(w.id(), w));
    Map<String, String> parent = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    for (String id : exposed.keySet()) {
      if (byId.containsKey(id)) {
        parent.put(id, "");
        queue.add(id);
      }
    }
    while (!queue.isEmpty()) {
      String cur = queue.poll();
      for (String next : edges.getOrDefault(cur, Map.of()).keySet()) {
        if (byId.containsKey(next) && !parent.containsKey(next)) {
          parent.put(next, cur);
          queue.add(next);
        }
      }
    }
    for (Endpoint.Workload w : t.workloads()) {
      Optional<String> why = w.assumed() ? Optional.empty() : Sensitivity.of(w);
      if (why.isEmpty() || !parent.containsKey(w.id())) {
        continue;
      }
      List<String> chain = new ArrayList<>();
      for (String cur = w.id(); !cur.isEmpty(); cur = parent.get(cur)) {
        chain.add(0, cur);
      }
      List<String> path = new ArrayList<>();
      path.add("internet (" + exposed.get(chain.get(0)) + ")");
      path.add(chain.get(0));
      for (int i = 1; i < chain.size(); i++) {
        path.add("—" + edges.get(chain.get(i - 1)).get(chain.get(i)) + "→");
        path.add(chain.get(i));
      }
      String message =
          chain.size() == 1
              ? w.id() + " (" + why.get() + ") is itself exposed: " + exposed.get(w.id())
              : w.id()
                  + " ("
                  + why.get()
                  + ") is reachable in "
                  + (chain.size() - 1)
                  + " hop(s) from internet-exposed "
                  + chain.get(0);
      out.add(finding(NetpolFinding.Rule.LATERAL_MOVEMENT, w, message, path));
    }
  }

  private static NetpolFinding finding(
      NetpolFinding.Rule rule, Endpoint.Workload w, String message, List<String> path) {
    return new NetpolFinding(
        rule.id(), rule.severity(), rule.title(), w.id(), message, path, w.file(), w.line());
  }
}
