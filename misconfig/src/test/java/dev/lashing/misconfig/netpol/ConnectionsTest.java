package dev.lashing.misconfig.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionsTest {
  @Test
  void portRangesMergeIntersectAndSubtract() {
    PortRanges a = PortRanges.range(80, 90).union(PortRanges.of(91)).union(PortRanges.of(443));
    assertThat(a).hasToString("80-91,443");
    assertThat(a.intersect(PortRanges.range(85, 500))).hasToString("85-91,443");
    assertThat(a.minus(PortRanges.of(85))).hasToString("80-84,86-91,443");
    assertThat(a.complement().complement()).isEqualTo(a);
    assertThat(PortRanges.range(0, 70000).isAll()).isTrue();
  }

  @Test
  void allConnectionsIsExact() {
    Connections tcpAll = Connections.of(Protocol.TCP, PortRanges.ALL);
    Connections three =
        tcpAll
            .union(Connections.of(Protocol.UDP, PortRanges.ALL))
            .union(Connections.of(Protocol.SCTP, PortRanges.ALL));
    assertThat(three.isAll()).isFalse();
    assertThat(three).hasToString("TCP 1-65535; UDP 1-65535; SCTP 1-65535");
    assertThat(Connections.ALL).hasToString("All Connections");
    assertThat(Connections.ALL.minus(three)).hasToString("other protocols");
    assertThat(Connections.ALL.intersect(tcpAll)).isEqualTo(tcpAll);
    assertThat(Connections.NONE.isEmpty()).isTrue();
  }

  @Test
  void cidrsParseAndPrint() {
    assertThat(IpRange.parseCidr("10.1.2.3/8").orElseThrow()).hasToString("10.0.0.0/8");
    assertThat(IpRange.parseCidr("0.0.0.0/0").orElseThrow()).isEqualTo(IpRange.ALL_V4);
    assertThat(IpRange.parseCidr("2001:db8::/32").orElseThrow().v6()).isTrue();
    assertThat(IpRange.parseCidr("example.com/8")).isEmpty();
    assertThat(IpRange.parseCidr("10.0.0.0/33")).isEmpty();
  }
}
