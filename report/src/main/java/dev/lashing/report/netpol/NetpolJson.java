package dev.lashing.report.netpol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.misconfig.netpol.Connections;
import dev.lashing.misconfig.netpol.ConnectivityDiff;
import dev.lashing.misconfig.netpol.ConnectivityMap;
import dev.lashing.misconfig.netpol.Endpoint;
import dev.lashing.misconfig.netpol.NetpolFinding;
import dev.lashing.misconfig.netpol.Protocol;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeMap;

/** The JSON forms; field names (camelCase) are a stable interface. */
public final class NetpolJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private NetpolJson() {}

  /** Endpoints, connections, findings and notes. */
  public static void write(ConnectivityMap map, List<NetpolFinding> findings, Writer out)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode endpoints = root.putArray("endpoints");
    for (Endpoint e : map.endpoints()) {
      ObjectNode n = endpoints.addObject();
      n.put("id", e.id());
      switch (e) {
        case Endpoint.Workload w -> {
          n.put("type", "workload");
          n.put("namespace", w.namespace());
          n.put("name", w.name());
          n.put("kind", w.kind());
          ObjectNode labels = n.putObject("labels");
          new TreeMap<>(w.labels()).forEach(labels::put);
          n.put("ingressIsolated", map.ingressIsolated().contains(w.id()));
          n.put("egressIsolated", map.egressIsolated().contains(w.id()));
          n.put("file", w.file());
          n.put("line", w.line());
        }
        case Endpoint.External x -> {
          n.put("type", "external");
          n.put("range", x.range().toString());
        }
      }
    }
    ArrayNode conns = root.putArray("connections");
    for (ConnectivityMap.Connection c : map.connections()) {
      ObjectNode n = conns.addObject();
      n.put("src", c.src().id());
      n.put("dst", c.dst().id());
      connections(n, c.allowed());
    }
    ArrayNode fs = root.putArray("findings");
    for (NetpolFinding f : findings) {
      ObjectNode n = fs.addObject();
      n.put("id", f.id());
      n.put("severity", f.severity().name());
      n.put("title", f.title());
      n.put("subject", f.subject());
      n.put("message", f.message());
      ArrayNode path = n.putArray("path");
      f.path().forEach(path::add);
      n.put("file", f.file());
      n.put("line", f.line());
    }
    ArrayNode notes = root.putArray("notes");
    map.notes().forEach(notes::add);
    out.write(JSON.writeValueAsString(root));
    out.write('\n');
  }

  /** The changed pairs with their before/after, added and removed connections. */
  public static void diff(ConnectivityDiff diff, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode changes = root.putArray("changes");
    for (ConnectivityDiff.Change c : diff.changes()) {
      ObjectNode n = changes.addObject();
      n.put("src", c.src());
      n.put("dst", c.dst());
      n.put("before", c.before().toString());
      n.put("after", c.after().toString());
      connections(n.putObject("added"), c.added());
      connections(n.putObject("removed"), c.removed());
    }
    out.write(JSON.writeValueAsString(root));
    out.write('\n');
  }

  private static void connections(ObjectNode n, Connections c) {
    n.put("allowed", c.toString());
    n.put("all", c.isAll());
    ObjectNode ports = n.putObject("ports");
    for (Protocol p : Protocol.values()) {
      if (!c.ports(p).isEmpty()) {
        ports.put(p.name(), c.ports(p).toString());
      }
    }
    n.put("otherProtocols", c.otherProtocols());
  }
}
