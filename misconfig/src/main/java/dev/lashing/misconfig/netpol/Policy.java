package dev.lashing.misconfig.netpol;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A NetworkPolicy as Kubernetes reads it: the pods it selects in its namespace, whether it isolates
 * them for ingress and/or egress (from {@code policyTypes}, defaulted), and its rules.
 */
public record Policy(
    String namespace,
    String name,
    LabelSelector podSelector,
    boolean ingress,
    boolean egress,
    List<Rule> ingressRules,
    List<Rule> egressRules,
    String file,
    int line) {
  public Policy {
    ingressRules = List.copyOf(ingressRules);
    egressRules = List.copyOf(egressRules);
  }

  public String ref() {
    return namespace + "/" + name;
  }

  /**
   * One ingress or egress rule: {@code peers} empty means every source/destination (in and outside
   * the cluster), {@code ports} empty means every port and protocol.
   */
  public record Rule(int index, List<Peer> peers, List<Port> ports) {
    public Rule {
      peers = List.copyOf(peers);
      ports = List.copyOf(ports);
    }
  }

  /** A rule's peer (one entry of {@code from}/{@code to}). */
  public sealed interface Peer permits Pods, IpBlock {}

  /**
   * {@code podSelector} and/or {@code namespaceSelector}: a null pod selector means all pods of the
   * selected namespaces; a null namespace selector means the policy's own namespace.
   */
  public record Pods(@Nullable LabelSelector podSelector, @Nullable LabelSelector namespaceSelector)
      implements Peer {}

  /** {@code ipBlock}: addresses in {@code cidr} but in none of {@code except}. */
  public record IpBlock(IpRange cidr, List<IpRange> except) implements Peer {
    public IpBlock {
      except = List.copyOf(except);
    }
  }

  /**
   * A rule port: {@code number} (with {@code endPort} for a range) or {@code name} (resolved on the
   * destination pod's container ports); neither means every port of {@code protocol}.
   */
  public record Port(
      Protocol protocol,
      @Nullable Integer number,
      @Nullable Integer endPort,
      @Nullable String name) {}
}
