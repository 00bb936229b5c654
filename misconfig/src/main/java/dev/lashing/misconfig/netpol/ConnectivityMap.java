package dev.lashing.misconfig.netpol;

import java.util.List;
import java.util.Set;

/**
 * The result of the reachability analysis: every endpoint, every allowed connection (non-empty,
 * sorted by source then destination id; a workload to itself is not listed), the ids of workloads
 * isolated for ingress and for egress, and notes on input that could not be used as written.
 */
public record ConnectivityMap(
    Topology topology,
    List<Endpoint> endpoints,
    List<Connection> connections,
    Set<String> ingressIsolated,
    Set<String> egressIsolated,
    List<String> notes) {
  public ConnectivityMap {
    endpoints = List.copyOf(endpoints);
    connections = List.copyOf(connections);
    ingressIsolated = Set.copyOf(ingressIsolated);
    egressIsolated = Set.copyOf(egressIsolated);
    notes = List.copyOf(notes);
  }

  /** An allowed connection from {@code src} to {@code dst}. */
  public record Connection(Endpoint src, Endpoint dst, Connections allowed) {}

  /** Only the connections to or from the endpoint with id (or workload name) {@code focus}. */
  public ConnectivityMap focus(String focus) {
    List<Connection> kept =
        connections.stream()
            .filter(c -> matches(c.src(), focus) || matches(c.dst(), focus))
            .toList();
    return new ConnectivityMap(topology, endpoints, kept, ingressIsolated, egressIsolated, notes);
  }

  /**
   * True when {@code focus} names the endpoint: its id ({@code ns/name[Kind]}), {@code ns/name}, or
   * {@code name} alone.
   */
  public static boolean matches(Endpoint e, String focus) {
    if (e.id().equals(focus)) {
      return true;
    }
    return e instanceof Endpoint.Workload w
        && (focus.equals(w.namespace() + "/" + w.name()) || focus.equals(w.name()));
  }
}
