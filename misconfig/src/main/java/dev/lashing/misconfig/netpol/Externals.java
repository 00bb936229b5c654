package dev.lashing.misconfig.netpol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The outside world split into the smallest address ranges that every ipBlock (cidr and except)
 * either covers whole or misses: IPv4 always (one {@code 0.0.0.0/0} endpoint when no policy names
 * addresses), IPv6 only when some ipBlock is IPv6.
 */
final class Externals {
  private Externals() {}

  static List<Endpoint.External> of(List<Policy> policies) {
    List<IpRange> blocks = new ArrayList<>();
    for (Policy p : policies) {
      for (List<Policy.Rule> rules : List.of(p.ingressRules(), p.egressRules())) {
        for (Policy.Rule r : rules) {
          for (Policy.Peer peer : r.peers()) {
            if (peer instanceof Policy.IpBlock b) {
              blocks.add(b.cidr());
              blocks.addAll(b.except());
            }
          }
        }
      }
    }
    List<Endpoint.External> out = new ArrayList<>(split(false, blocks));
    if (blocks.stream().anyMatch(IpRange::v6)) {
      out.addAll(split(true, blocks));
    }
    return out;
  }

  private static List<Endpoint.External> split(boolean v6, List<IpRange> blocks) {
    BigInteger end = IpRange.max(v6).add(BigInteger.ONE);
    TreeSet<BigInteger> cuts = new TreeSet<>();
    cuts.add(BigInteger.ZERO);
    cuts.add(end);
    for (IpRange b : blocks) {
      if (b.v6() == v6) {
        cuts.add(b.start());
        cuts.add(b.end().add(BigInteger.ONE));
      }
    }
    List<Endpoint.External> out = new ArrayList<>();
    BigInteger prev = null;
    for (BigInteger c : cuts) {
      if (prev != null) {
        out.add(new Endpoint.External(new IpRange(v6, prev, c.subtract(BigInteger.ONE))));
      }
      prev = c;
    }
    return out;
  }

  /** True when the atomic range {@code x} lies in the block (atomic ranges are all-or-nothing). */
  static boolean matches(Policy.IpBlock block, IpRange x) {
    if (!block.cidr().contains(x)) {
      return false;
    }
    for (IpRange e : block.except()) {
      if (e.overlaps(x)) {
        return false;
      }
    }
    return true;
  }
}
