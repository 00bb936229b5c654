package dev.lashing.misconfig.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Connections added and removed between two versions of the manifests, compared by endpoint id: per
 * pair, what the new version allows beyond the old ({@code added}) and what it no longer allows
 * ({@code removed}); pairs with no change are left out.
 */
public record ConnectivityDiff(List<Change> changes) {
  public ConnectivityDiff {
    changes = List.copyOf(changes);
  }

  /** One pair whose allowed connections changed. */
  public record Change(
      String src,
      String dst,
      Connections before,
      Connections after,
      Connections added,
      Connections removed) {}

  public static ConnectivityDiff of(ConnectivityMap before, ConnectivityMap after) {
    Map<String, Connections> a = index(before);
    Map<String, Connections> b = index(after);
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    List<Change> out = new ArrayList<>();
    for (String k : keys) {
      Connections old = a.getOrDefault(k, Connections.NONE);
      Connections now = b.getOrDefault(k, Connections.NONE);
      if (!old.equals(now)) {
        String[] pair = k.split("\u0000", 2);
        out.add(new Change(pair[0], pair[1], old, now, now.minus(old), old.minus(now)));
      }
    }
    return new ConnectivityDiff(out);
  }

  private static Map<String, Connections> index(ConnectivityMap map) {
    Map<String, Connections> out = new LinkedHashMap<>();
    for (ConnectivityMap.Connection c : map.connections()) {
      out.put(c.src().id() + "\u0000" + c.dst().id(), c.allowed());
    }
    return out;
  }
}
