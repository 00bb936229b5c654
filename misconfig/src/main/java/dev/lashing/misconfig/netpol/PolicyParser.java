package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * NetworkPolicy objects into {@link Policy} values with the API server's defaulting. Parts the API
 * server would reject allow nothing here and are reported as notes; nothing throws.
 */
final class PolicyParser {
  /** A port Kubernetes would reject: it allows nothing. */
  static final Policy.Port NOTHING = new Policy.Port(Protocol.TCP, 0, null, null);

  private PolicyParser() {}

  static boolean isPolicy(K8sObject o) {
    return o.kind().equals("NetworkPolicy")
        && (o.apiVersion().equals("networking.k8s.io/v1")
            || o.apiVersion().equals("extensions/v1beta1"));
  }

  static Policy parse(K8sObject o, Consumer<String> notes) {
    String ns = o.namespace() == null ? "default" : o.namespace();
    String where = o.file() + ":" + o.position().line() + ": NetworkPolicy " + ns + "/" + o.name();
    YamlNode.Mapping spec = o.root().mapping("spec").orElse(null);
    if (spec == null) {
      notes.accept(where + ": no spec; it selects no pods");
    }
    LabelSelector podSelector =
        spec == null
            ? Selectors.INVALID
            : spec.get("podSelector")
                .map(n -> Selectors.parse(n, where + " podSelector", notes))
                .orElse(LabelSelector.EVERYTHING);
    List<Policy.Rule> ingress = rules(spec, "ingress", "from", where, notes);
    List<Policy.Rule> egress = rules(spec, "egress", "to", where, notes);
    boolean isolatesIngress;
    boolean isolatesEgress;
    Optional<YamlNode.Sequence> types =
        spec == null ? Optional.empty() : spec.sequence("policyTypes");
    if (types.isPresent()) {
      List<String> names = new ArrayList<>();
      for (YamlNode t : types.get().items()) {
        if (t instanceof YamlNode.Scalar s) {
          names.add(s.value());
        }
      }
      for (String n : names) {
        if (!n.equals("Ingress") && !n.equals("Egress")) {
          notes.accept(where + ": unknown policyType '" + n + "' ignored");
        }
      }
      isolatesIngress = names.contains("Ingress");
      isolatesEgress = names.contains("Egress");
    } else {
      isolatesIngress = true;
      isolatesEgress = !egress.isEmpty();
    }
    if (!isolatesIngress && !ingress.isEmpty()) {
      notes.accept(where + ": ingress rules ignored: policyTypes does not include Ingress");
    }
    if (!isolatesEgress && !egress.isEmpty()) {
      notes.accept(where + ": egress rules ignored: policyTypes does not include Egress");
    }
    return new Policy(
        ns,
        o.name(),
        podSelector,
        isolatesIngress,
        isolatesEgress,
        isolatesIngress ? ingress : List.of(),
        isolatesEgress ? egress : List.of(),
        o.file(),
        o.position().line());
  }

  private static List<Policy.Rule> rules(
      YamlNode.Mapping spec, String key, String peersKey, String where, Consumer<String> notes) {
    List<Policy.Rule> out = new ArrayList<>();
    List<YamlNode> items = Yaml.list(spec, key);
    for (int i = 0; i < items.size(); i++) {
      String at = where + " " + key + "[" + i + "]";
      if (items.get(i) instanceof YamlNode.Scalar s && s.isNull()) {
        out.add(new Policy.Rule(i, List.of(), List.of()));
        continue;
      }
      if (!(items.get(i) instanceof YamlNode.Mapping rule)) {
        notes.accept(at + ": rule is not a mapping; it allows nothing");
        out.add(new Policy.Rule(i, List.of(new Policy.Pods(Selectors.INVALID, null)), List.of()));
        continue;
      }
      List<Policy.Peer> peers = new ArrayList<>();
      for (YamlNode p : Yaml.list(rule, peersKey)) {
        peers.add(peer(p, at + "." + peersKey, notes));
      }
      List<Policy.Port> ports = new ArrayList<>();
      for (YamlNode p : Yaml.list(rule, "ports")) {
        ports.add(port(p, at + ".ports", notes));
      }
      out.add(new Policy.Rule(i, peers, ports));
    }
    return out;
  }

  private static Policy.Peer peer(YamlNode node, String at, Consumer<String> notes) {
    Policy.Pods nothing = new Policy.Pods(Selectors.INVALID, null);
    if (!(node instanceof YamlNode.Mapping m)) {
      notes.accept(at + ":" + Yaml.line(node) + ": peer is not a mapping; it matches nothing");
      return nothing;
    }
    Optional<YamlNode> pod = m.get("podSelector");
    Optional<YamlNode> ns = m.get("namespaceSelector");
    Optional<YamlNode.Mapping> ip = m.mapping("ipBlock");
    if (ip.isPresent()) {
      if (pod.isPresent() || ns.isPresent()) {
        notes.accept(
            at
                + ":"
                + Yaml.line(m)
                + ": ipBlock combined with a selector is invalid; matches nothing");
        return nothing;
      }
      String cidr = ip.get().text("cidr");
      Optional<IpRange> range = cidr == null ? Optional.empty() : IpRange.parseCidr(cidr);
      if (range.isEmpty()) {
        notes.accept(
            at
                + ":"
                + Yaml.line(m)
                + ": ipBlock cidr '"
                + cidr
                + "' is not a CIDR; matches nothing");
        return nothing;
      }
      List<IpRange> except = new ArrayList<>();
      for (YamlNode e : Yaml.list(ip.get(), "except")) {
        Optional<IpRange> r =
            e instanceof YamlNode.Scalar s ? IpRange.parseCidr(s.value()) : Optional.empty();
        if (r.isEmpty()) {
          notes.accept(at + ":" + Yaml.line(e) + ": ipBlock except entry is not a CIDR; ignored");
        } else {
          except.add(r.get());
        }
      }
      return new Policy.IpBlock(range.get(), except);
    }
    if (pod.isEmpty() && ns.isEmpty()) {
      notes.accept(at + ":" + Yaml.line(m) + ": peer has no selector or ipBlock; matches nothing");
      return nothing;
    }
    return new Policy.Pods(
        pod.map(n -> Selectors.parse(n, at + " podSelector", notes)).orElse(null),
        ns.map(n -> Selectors.parse(n, at + " namespaceSelector", notes)).orElse(null));
  }

  private static Policy.Port port(YamlNode node, String at, Consumer<String> notes) {
    if (!(node instanceof YamlNode.Mapping m)) {
      notes.accept(at + ":" + Yaml.line(node) + ": port entry is not a mapping; allows nothing");
      return NOTHING;
    }
    String where = at + ":" + Yaml.line(m);
    String proto = m.text("protocol");
    Optional<Protocol> protocol = proto == null ? Optional.of(Protocol.TCP) : Protocol.parse(proto);
    if (protocol.isEmpty()) {
      notes.accept(where + ": unsupported protocol '" + proto + "'; allows nothing");
      return NOTHING;
    }
    String port = m.text("port");
    Integer endPort = Yaml.integer(m, "endPort");
    if (m.text("endPort") != null && endPort == null) {
      notes.accept(where + ": endPort is not a number; allows nothing");
      return NOTHING;
    }
    if (port == null) {
      if (endPort != null) {
        notes.accept(where + ": endPort without port is invalid; allows nothing");
        return NOTHING;
      }
      return new Policy.Port(protocol.get(), null, null, null);
    }
    if (port.matches("\\d{1,9}")) {
      int number = Integer.parseInt(port);
      if (number < 1
          || number > 65535
          || endPort != null && (endPort < number || endPort > 65535)) {
        notes.accept(
            where
                + ": port "
                + port
                + (endPort == null ? "" : "-" + endPort)
                + " is out of range; allows nothing");
        return NOTHING;
      }
      return new Policy.Port(protocol.get(), number, endPort, null);
    }
    if (endPort != null) {
      notes.accept(where + ": endPort with a named port is invalid; allows nothing");
      return NOTHING;
    }
    return new Policy.Port(protocol.get(), null, null, port);
  }
}
