package dev.lashing.report.netpol;

import dev.lashing.misconfig.netpol.ConnectivityDiff;
import dev.lashing.misconfig.netpol.ConnectivityMap;
import dev.lashing.misconfig.netpol.NetpolFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Text forms: the connection list, the findings table and the diff table. */
public final class NetpolText {
  private NetpolText() {}

  /** One line per allowed connection: {@code ns/a[Deployment] => ns/b[StatefulSet] : TCP 8080}. */
  public static void list(ConnectivityMap map, Writer out) throws IOException {
    for (ConnectivityMap.Connection c : map.connections()) {
      out.write(c.src().id() + " => " + c.dst().id() + " : " + c.allowed() + "\n");
    }
  }

  /** Findings by id: severity, id, subject, message, then the path of lateral movement. */
  public static void findings(List<NetpolFinding> findings, Writer out) throws IOException {
    if (findings.isEmpty()) {
      out.write("No NetworkPolicy findings.\n");
      return;
    }
    for (NetpolFinding f : findings) {
      out.write(
          String.format(
              "%-8s %s %s: %s (%s:%d)%n",
              f.severity(), f.id(), f.subject(), f.message(), f.file(), f.line()));
      if (!f.path().isEmpty()) {
        out.write("         path: " + String.join(" ", f.path()) + "\n");
      }
    }
    out.write(findings.size() + " finding(s)\n");
  }

  /** {@code + src => dst : added} and {@code - src => dst : removed} lines. */
  public static void diff(ConnectivityDiff diff, Writer out) throws IOException {
    if (diff.changes().isEmpty()) {
      out.write("No connection changes.\n");
      return;
    }
    int added = 0;
    int removed = 0;
    for (ConnectivityDiff.Change c : diff.changes()) {
      if (!c.added().isEmpty()) {
        added++;
        out.write("+ " + c.src() + " => " + c.dst() + " : " + c.added() + "\n");
      }
      if (!c.removed().isEmpty()) {
        removed++;
        out.write("- " + c.src() + " => " + c.dst() + " : " + c.removed() + "\n");
      }
    }
    out.write(added + " pair(s) with added, " + removed + " with removed connections\n");
  }
}
