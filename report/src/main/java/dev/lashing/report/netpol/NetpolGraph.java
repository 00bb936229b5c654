package dev.lashing.report.netpol;

import dev.lashing.misconfig.netpol.ConnectivityMap;
import dev.lashing.misconfig.netpol.Endpoint;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Graphs of the allowed connections, one box per namespace and one for outside addresses: Graphviz
 * DOT and Mermaid. Only endpoints that take part in a connection are drawn.
 */
public final class NetpolGraph {
  private NetpolGraph() {}

  public static void dot(ConnectivityMap map, Writer out) throws IOException {
    Map<String, String> ids = ids(map);
    out.write("digraph netpol {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    int k = 0;
    for (Map.Entry<String, List<Endpoint>> group : groups(map).entrySet()) {
      out.write("  subgraph cluster_" + k++ + " {\n    label=" + quote(group.getKey()) + ";\n");
      for (Endpoint e : group.getValue()) {
        String shape = e instanceof Endpoint.External ? ", shape=ellipse" : "";
        out.write("    " + ids.get(e.id()) + " [label=" + quote(label(e)) + shape + "];\n");
      }
      out.write("  }\n");
    }
    for (ConnectivityMap.Connection c : map.connections()) {
      out.write(
          "  "
              + ids.get(c.src().id())
              + " -> "
              + ids.get(c.dst().id())
              + " [label="
              + quote(c.allowed().toString())
              + "];\n");
    }
    out.write("}\n");
  }

  public static void mermaid(ConnectivityMap map, Writer out) throws IOException {
    Map<String, String> ids = ids(map);
    out.write("flowchart LR\n");
    int k = 0;
    for (Map.Entry<String, List<Endpoint>> group : groups(map).entrySet()) {
      out.write("  subgraph g" + k++ + "[" + mermaidText(group.getKey()) + "]\n");
      for (Endpoint e : group.getValue()) {
        String text = mermaidText(label(e));
        out.write(
            "    "
                + ids.get(e.id())
                + (e instanceof Endpoint.External ? "((" + text + "))" : "[" + text + "]")
                + "\n");
      }
      out.write("  end\n");
    }
    for (ConnectivityMap.Connection c : map.connections()) {
      out.write(
          "  "
              + ids.get(c.src().id())
              + " -->|"
              + mermaidText(c.allowed().toString())
              + "| "
              + ids.get(c.dst().id())
              + "\n");
    }
  }

  private static Map<String, String> ids(ConnectivityMap map) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (ConnectivityMap.Connection c : map.connections()) {
      ids.putIfAbsent(c.src().id(), "n" + ids.size());
      ids.putIfAbsent(c.dst().id(), "n" + ids.size());
    }
    return ids;
  }

  private static Map<String, List<Endpoint>> groups(ConnectivityMap map) {
    Set<Endpoint> used = new LinkedHashSet<>();
    for (ConnectivityMap.Connection c : map.connections()) {
      used.add(c.src());
      used.add(c.dst());
    }
    Map<String, List<Endpoint>> out = new TreeMap<>();
    for (Endpoint e : used) {
      String g =
          e instanceof Endpoint.Workload w ? "namespace " + w.namespace() : "outside the cluster";
      out.computeIfAbsent(g, x -> new ArrayList<>()).add(e);
    }
    out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Endpoint::id)));
    return out;
  }

  private static String label(Endpoint e) {
    return e instanceof Endpoint.Workload w ? w.name() + " [" + w.kind() + "]" : e.id();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Mermaid text in quotes; quotes and pipes become entities. */
  private static String mermaidText(String s) {
    return "\"" + s.replace("\"", "#quot;").replace("|", "#124;") + "\"";
  }
}
