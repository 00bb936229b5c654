package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.k8s.K8sObject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Kubernetes NetworkPolicy decision for every ordered pair of endpoints: allowed = (the
 * destination is not isolated for ingress, or the union of the ingress rules that select it admits
 * the source) ∩ (the source is not isolated for egress, or the union of its egress rules admits the
 * destination). Named ports resolve on the destination.
 */
final class Reachability implements NetpolAnalyzer {

  /** One rule of one policy with the endpoints its peers match. */
  private static final class Contribution {
    final Policy policy;
    final String direction;
    final Policy.Rule rule;
    final BitSet pods;
    final BitSet external;
    final @Nullable Connections fixed;
    boolean resolvedSomewhere;

    Contribution(Policy policy, String direction, Policy.Rule rule, BitSet pods, BitSet external) {
      this.policy = policy;
      this.direction = direction;
      this.rule = rule;
      this.pods = pods;
      this.external = external;
      this.fixed =
          rule.ports().stream().anyMatch(p -> p.name() != null) ? null : ports(rule, null, this);
    }

    /** Per port signature of the destination (see {@link #signatures}), filled on first use. */
    private Connections @Nullable [] bySignature;

    Connections on(Endpoint.@Nullable Workload dst) {
      return fixed != null ? fixed : ports(rule, dst, this);
    }

    /** {@link #on} for workload {@code d}, cached by its container-port signature. */
    Connections on(Endpoint.Workload dst, int signature, int signatures) {
      if (fixed != null) {
        return fixed;
      }
      if (bySignature == null) {
        bySignature = new Connections[signatures];
      }
      Connections c = bySignature[signature];
      if (c == null) {
        c = ports(rule, dst, this);
        bySignature[signature] = c;
      }
      return c;
    }
  }

  @Override
  public ConnectivityMap analyze(List<K8sObject> objects) {
    return analyze(TopologyBuilder.build(objects));
  }

  @Override
  public ConnectivityMap analyze(Topology t) {
    List<String> notes = new ArrayList<>(t.notes());
    List<Endpoint.Workload> ws = t.workloads();
    List<Endpoint.External> xs = Externals.of(t.policies());
    int n = ws.size();
    Map<List<Endpoint.ContainerPort>, Integer> sigIds = new HashMap<>();
    int[] sig = new int[n];
    for (int i = 0; i < n; i++) {
      sig[i] = sigIds.computeIfAbsent(ws.get(i).ports(), k -> sigIds.size());
    }
    int sigs = Math.max(1, sigIds.size());
    List<List<Contribution>> ingress = new ArrayList<>(n);
    List<List<Contribution>> egress = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ingress.add(new ArrayList<>());
      egress.add(new ArrayList<>());
    }
    boolean[] inIso = new boolean[n];
    boolean[] egIso = new boolean[n];
    List<Contribution> all = new ArrayList<>();
    Map<String, Boolean> nsCache = new HashMap<>();
    for (Policy p : t.policies()) {
      BitSet selected = new BitSet(n);
      for (int i = 0; i < n; i++) {
        Endpoint.Workload w = ws.get(i);
        if (w.namespace().equals(p.namespace()) && p.podSelector().matches(w.labels())) {
          selected.set(i);
        }
      }
      if (selected.isEmpty()) {
        notes.add(
            p.file() + ":" + p.line() + ": NetworkPolicy " + p.ref() + " selects no workload");
      }
      List<Contribution> in =
          contributions(p, "ingress", p.ingressRules(), t, ws, xs, nsCache, notes);
      List<Contribution> eg =
          contributions(p, "egress", p.egressRules(), t, ws, xs, nsCache, notes);
      all.addAll(in);
      all.addAll(eg);
      for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
        inIso[i] |= p.ingress();
        egIso[i] |= p.egress();
        ingress.get(i).addAll(in);
        egress.get(i).addAll(eg);
      }
    }
    List<ConnectivityMap.Connection> out = new ArrayList<>();
    for (int xi = 0; xi < xs.size(); xi++) {
      for (int d = 0; d < n; d++) {
        Connections c = Connections.ALL;
        if (inIso[d]) {
          c = Connections.NONE;
          for (Contribution k : ingress.get(d)) {
            if (k.external.get(xi)) {
              c = c.union(k.on(ws.get(d), sig[d], sigs));
            }
          }
        }
        add(out, xs.get(xi), ws.get(d), c);
      }
    }
    for (int s = 0; s < n; s++) {
      for (int d = 0; d < n; d++) {
        if (s != d) {
          add(out, ws.get(s), ws.get(d), pair(s, d, ws, sig, sigs, inIso, egIso, ingress, egress));
        }
      }
      for (int xi = 0; xi < xs.size(); xi++) {
        Connections c = Connections.ALL;
        if (egIso[s]) {
          c = Connections.NONE;
          for (Contribution k : egress.get(s)) {
            if (k.external.get(xi)) {
              c = c.union(k.on(null));
            }
          }
        }
        add(out, ws.get(s), xs.get(xi), c);
      }
    }
    for (Contribution k : all) {
      if (k.fixed == null
          && !k.resolvedSomewhere
          && !(k.pods.isEmpty() && k.direction.equals("egress"))) {
        for (Policy.Port port : k.rule.ports()) {
          if (port.name() != null) {
            notes.add(
                k.policy.file()
                    + ":"
                    + k.policy.line()
                    + ": NetworkPolicy "
                    + k.policy.ref()
                    + " "
                    + k.direction
                    + "["
                    + k.rule.index()
                    + "]: named port '"
                    + port.name()
                    + "' resolves to no container port of any destination; it allows nothing");
          }
        }
      }
    }
    out.sort(
        java.util.Comparator.comparing((ConnectivityMap.Connection c) -> c.src().id())
            .thenComparing(c -> c.dst().id()));
    List<Endpoint> endpoints = new ArrayList<>(ws);
    endpoints.addAll(xs);
    Set<String> inSet = new HashSet<>();
    Set<String> egSet = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (inIso[i]) {
        inSet.add(ws.get(i).id());
      }
      if (egIso[i]) {
        egSet.add(ws.get(i).id());
      }
    }
    return new ConnectivityMap(t, endpoints, out, inSet, egSet, dedupe(notes));
  }

  private static Connections pair(
      int s,
      int d,
      List<Endpoint.Workload> ws,
      int[] sig,
      int sigs,
      boolean[] inIso,
      boolean[] egIso,
      List<List<Contribution>> ingress,
      List<List<Contribution>> egress) {
    Endpoint.Workload dst = ws.get(d);
    Connections in = Connections.ALL;
    if (inIso[d]) {
      in = Connections.NONE;
      for (Contribution k : ingress.get(d)) {
        if (k.pods.get(s)) {
          in = in.union(k.on(dst, sig[d], sigs));
        }
      }
      if (in.isEmpty()) {
        return in;
      }
    }
    if (!egIso[s]) {
      return in;
    }
    Connections eg = Connections.NONE;
    for (Contribution k : egress.get(s)) {
      if (k.pods.get(d)) {
        eg = eg.union(k.on(dst, sig[d], sigs));
      }
    }
    return in.intersect(eg);
  }

  private static void add(
      List<ConnectivityMap.Connection> out, Endpoint s, Endpoint d, Connections c) {
    if (!c.isEmpty()) {
      out.add(new ConnectivityMap.Connection(s, d, c));
    }
  }

  private static List<Contribution> contributions(
      Policy p,
      String direction,
      List<Policy.Rule> rules,
      Topology t,
      List<Endpoint.Workload> ws,
      List<Endpoint.External> xs,
      Map<String, Boolean> nsCache,
      List<String> notes) {
    List<Contribution> out = new ArrayList<>();
    for (Policy.Rule r : rules) {
      BitSet pods = new BitSet(ws.size());
      BitSet ext = new BitSet(xs.size());
      if (r.peers().isEmpty()) {
        pods.set(0, ws.size());
        ext.set(0, xs.size());
      }
      for (int pi = 0; pi < r.peers().size(); pi++) {
        switch (r.peers().get(pi)) {
          case Policy.Pods peer -> {
            BitSet matched = new BitSet(ws.size());
            for (int i = 0; i < ws.size(); i++) {
              if (matches(peer, p, ws.get(i), t, nsCache)) {
                matched.set(i);
              }
            }
            if (matched.isEmpty()
                && (peer.podSelector() == null || peer.podSelector().valid())
                && (peer.namespaceSelector() == null || peer.namespaceSelector().valid())) {
              notes.add(
                  p.file()
                      + ":"
                      + p.line()
                      + ": NetworkPolicy "
                      + p.ref()
                      + " "
                      + direction
                      + "["
                      + r.index()
                      + "] peer "
                      + pi
                      + " matches no workload");
            }
            pods.or(matched);
          }
          case Policy.IpBlock block -> {
            for (int xi = 0; xi < xs.size(); xi++) {
              if (Externals.matches(block, xs.get(xi).range())) {
                ext.set(xi);
              }
            }
          }
        }
      }
      out.add(new Contribution(p, direction, r, pods, ext));
    }
    return out;
  }

  private static boolean matches(
      Policy.Pods peer, Policy p, Endpoint.Workload w, Topology t, Map<String, Boolean> nsCache) {
    LabelSelector nsSel = peer.namespaceSelector();
    if (nsSel == null) {
      if (!w.namespace().equals(p.namespace())) {
        return false;
      }
    } else {
      Map<String, String> labels = t.namespaces().getOrDefault(w.namespace(), Map.of());
      String key = System.identityHashCode(nsSel) + "\u0000" + w.namespace();
      Boolean hit = nsCache.get(key);
      if (hit == null) {
        hit = nsSel.matches(labels);
        nsCache.put(key, hit);
      }
      if (!hit) {
        return false;
      }
    }
    return peer.podSelector() == null || peer.podSelector().matches(w.labels());
  }

  /** The connections a rule's ports allow towards {@code dst} (null: outside the cluster). */
  static Connections ports(
      Policy.Rule rule, Endpoint.@Nullable Workload dst, @Nullable Contribution k) {
    if (rule.ports().isEmpty()) {
      return Connections.ALL;
    }
    Connections c = Connections.NONE;
    for (Policy.Port port : rule.ports()) {
      if (port.name() != null) {
        if (dst == null) {
          continue;
        }
        for (Endpoint.ContainerPort cp : dst.ports()) {
          if (port.name().equals(cp.name()) && cp.protocol() == port.protocol()) {
            c = c.union(Connections.of(port.protocol(), PortRanges.of(cp.port())));
            if (k != null) {
              k.resolvedSomewhere = true;
            }
          }
        }
      } else if (port.number() == null) {
        c = c.union(Connections.of(port.protocol(), PortRanges.ALL));
      } else {
        int end = port.endPort() == null ? port.number() : port.endPort();
        c = c.union(Connections.of(port.protocol(), PortRanges.range(port.number(), end)));
      }
    }
    return c;
  }

  private static List<String> dedupe(List<String> notes) {
    return new ArrayList<>(new LinkedHashSet<>(notes));
  }
}
