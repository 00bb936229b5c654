package dev.lashing.misconfig.netpol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of connections: ports per protocol (TCP, UDP, SCTP) plus whether every other IP protocol
 * (ICMP, …) is allowed too, which only a rule without {@code ports} allows. Immutable; {@link #ALL}
 * is exactly "All Connections".
 */
public final class Connections {
  private static final Protocol[] PROTOCOLS = Protocol.values();
  public static final Connections NONE =
      new Connections(new PortRanges[] {PortRanges.NONE, PortRanges.NONE, PortRanges.NONE}, false);
  public static final Connections ALL =
      new Connections(new PortRanges[] {PortRanges.ALL, PortRanges.ALL, PortRanges.ALL}, true);

  private final PortRanges[] ports;
  private final boolean otherProtocols;

  private Connections(PortRanges[] ports, boolean otherProtocols) {
    this.ports = ports;
    this.otherProtocols = otherProtocols;
  }

  /** The ports {@code ranges} of one protocol and nothing else. */
  public static Connections of(Protocol protocol, PortRanges ranges) {
    PortRanges[] p = {PortRanges.NONE, PortRanges.NONE, PortRanges.NONE};
    p[protocol.ordinal()] = ranges;
    return new Connections(p, false);
  }

  public PortRanges ports(Protocol protocol) {
    return ports[protocol.ordinal()];
  }

  /** True when protocols other than TCP/UDP/SCTP (e.g. ICMP) are allowed. */
  public boolean otherProtocols() {
    return otherProtocols;
  }

  public boolean isEmpty() {
    return !otherProtocols && ports[0].isEmpty() && ports[1].isEmpty() && ports[2].isEmpty();
  }

  public boolean isAll() {
    return otherProtocols && ports[0].isAll() && ports[1].isAll() && ports[2].isAll();
  }

  public Connections union(Connections o) {
    if (o.isEmpty() || isAll()) {
      return this;
    }
    if (isEmpty() || o.isAll()) {
      return o;
    }
    PortRanges[] p = new PortRanges[3];
    for (int i = 0; i < 3; i++) {
      p[i] = ports[i].union(o.ports[i]);
    }
    return new Connections(p, otherProtocols || o.otherProtocols);
  }

  public Connections intersect(Connections o) {
    if (isAll() || o.isEmpty()) {
      return o;
    }
    if (o.isAll() || isEmpty()) {
      return this;
    }
    PortRanges[] p = new PortRanges[3];
    for (int i = 0; i < 3; i++) {
      p[i] = ports[i].intersect(o.ports[i]);
    }
    return new Connections(p, otherProtocols && o.otherProtocols);
  }

  /** The connections in this set and not in {@code o}. */
  public Connections minus(Connections o) {
    PortRanges[] p = new PortRanges[3];
    for (int i = 0; i < 3; i++) {
      p[i] = ports[i].minus(o.ports[i]);
    }
    return new Connections(p, otherProtocols && !o.otherProtocols);
  }

  /** One entry per protocol with ports, e.g. {@code TCP 80,8080-8090}; {@code other} last. */
  public List<String> parts() {
    List<String> out = new ArrayList<>();
    for (Protocol p : PROTOCOLS) {
      if (!ports[p.ordinal()].isEmpty()) {
        out.add(p + " " + ports[p.ordinal()]);
      }
    }
    if (otherProtocols) {
      out.add("other protocols");
    }
    return out;
  }

  /** {@code All Connections}, {@code No Connections}, or {@code TCP 80,443; UDP 53}. */
  @Override
  public String toString() {
    if (isAll()) {
      return "All Connections";
    }
    if (isEmpty()) {
      return "No Connections";
    }
    return String.join("; ", parts());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Connections c
        && otherProtocols == c.otherProtocols
        && Arrays.equals(ports, c.ports);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ports) * 31 + (otherProtocols ? 1 : 0);
  }
}
