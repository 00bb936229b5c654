package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.k8s.Container;
import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.k8s.PodSpec;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Objects → {@link Topology}. Objects of other kinds are ignored; nothing throws. */
final class TopologyBuilder {
  static final String NAME_LABEL = "kubernetes.io/metadata.name";
  static final Set<String> WORKLOAD_KINDS =
      Set.of(
          "Pod",
          "Deployment",
          "StatefulSet",
          "DaemonSet",
          "ReplicaSet",
          "ReplicationController",
          "Job",
          "CronJob");

  private TopologyBuilder() {}

  static Topology build(List<K8sObject> objects) {
    return build(objects, true);
  }

  static Topology build(List<K8sObject> objects, boolean assumeClusterDns) {
    List<String> notes = new ArrayList<>();
    Map<String, Map<String, String>> namespaces = new TreeMap<>();
    for (K8sObject o : objects) {
      if (o.kind().equals("Namespace") && o.apiVersion().equals("v1") && !o.name().isEmpty()) {
        Map<String, String> labels = new LinkedHashMap<>(labels(o.root()));
        labels.put(NAME_LABEL, o.name());
        namespaces.put(o.name(), labels);
      }
    }
    Set<String> owners = new HashSet<>();
    for (K8sObject o : objects) {
      if (WORKLOAD_KINDS.contains(o.kind())) {
        owners.add(ns(o) + "/" + o.kind() + "/" + o.name());
      }
    }
    Map<String, Endpoint.Workload> workloads = new LinkedHashMap<>();
    for (K8sObject o : objects) {
      if (!WORKLOAD_KINDS.contains(o.kind())) {
        continue;
      }
      Optional<PodSpec> spec = o.podSpec();
      if (spec.isEmpty()) {
        notes.add(
            o.file() + ":" + o.position().line() + ": " + o.ref() + " has no pod spec; skipped");
        continue;
      }
      Optional<String[]> owner = owner(o);
      if (owner.isPresent()
          && !o.kind().equals("Pod")
          && owners.contains(ns(o) + "/" + owner.get()[0] + "/" + owner.get()[1])) {
        continue; // e.g. a ReplicaSet whose Deployment is in the set: the Deployment stands for it
      }
      String kind = o.kind();
      String name = o.name();
      if (o.kind().equals("Pod") && owner.isPresent()) {
        kind = owner.get()[0];
        name = owner.get()[1];
      }
      Endpoint.Workload w = workload(o, spec.get(), kind, name);
      Endpoint.Workload same = workloads.get(w.id());
      if (same != null && !(same.labels().equals(w.labels()) && same.ports().equals(w.ports()))) {
        // Pods of one owner that differ: keep them apart under their own names.
        w = workload(o, spec.get(), "Pod", o.name());
      }
      if (workloads.containsKey(w.id()) && !o.kind().equals("Pod")) {
        notes.add(
            o.file()
                + ":"
                + o.position().line()
                + ": duplicate "
                + w.id()
                + "; the later one is used");
      }
      workloads.putIfAbsent(w.id(), w);
      if (!o.kind().equals("Pod")) {
        workloads.put(w.id(), w);
      }
    }
    List<Policy> policies = new ArrayList<>();
    for (K8sObject o : objects) {
      if (PolicyParser.isPolicy(o)) {
        policies.add(PolicyParser.parse(o, notes::add));
      }
    }
    if (assumeClusterDns
        && referencesClusterDns(policies)
        && workloads.values().stream()
            .noneMatch(w -> "kube-dns".equals(w.labels().get("k8s-app")))) {
      Endpoint.Workload dns = clusterDns();
      workloads.put(dns.id(), dns);
      notes.add(
          "policies select k8s-app=kube-dns but no such workload is in the input: assuming"
              + " the cluster's DNS as "
              + dns.id()
              + " (UDP/TCP 53)");
    }
    for (Endpoint.Workload w : workloads.values()) {
      namespaces.computeIfAbsent(w.namespace(), n -> Map.of(NAME_LABEL, n));
    }
    for (Policy p : policies) {
      namespaces.computeIfAbsent(p.namespace(), n -> Map.of(NAME_LABEL, n));
    }
    List<Endpoint.Workload> list = new ArrayList<>(workloads.values());
    return new Topology(namespaces, list, policies, Exposures.of(objects, list), notes);
  }

  /** The DNS every cluster runs, as network-config-analyzer also assumes it. */
  static Endpoint.Workload clusterDns() {
    return new Endpoint.Workload(
        "kube-system",
        "kube-dns-livesim",
        "Pod",
        Map.of("k8s-app", "kube-dns"),
        List.of(
            new Endpoint.ContainerPort("dns", Protocol.UDP, 53),
            new Endpoint.ContainerPort("dns-tcp", Protocol.TCP, 53)),
        List.of(),
        false,
        Endpoint.ASSUMED,
        0);
  }

  private static boolean referencesClusterDns(List<Policy> policies) {
    for (Policy p : policies) {
      for (List<Policy.Rule> rules : List.of(p.ingressRules(), p.egressRules())) {
        for (Policy.Rule r : rules) {
          for (Policy.Peer peer : r.peers()) {
            if (peer instanceof Policy.Pods pods
                && pods.podSelector() != null
                && !pods.podSelector().isEmpty()
                && pods.podSelector().matches(Map.of("k8s-app", "kube-dns"))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  static String ns(K8sObject o) {
    return o.namespace() == null ? "default" : o.namespace();
  }

  static Map<String, String> labels(YamlNode.Mapping root) {
    return Yaml.strings(Yaml.mapping(root, "metadata", "labels").orElse(null));
  }

  /** The controlling owner {kind, name} from metadata.ownerReferences (controller, else first). */
  private static Optional<String[]> owner(K8sObject o) {
    List<YamlNode.Mapping> refs =
        Yaml.mappings(o.root().mapping("metadata").orElse(null), "ownerReferences");
    YamlNode.Mapping chosen = null;
    for (YamlNode.Mapping r : refs) {
      if ("true".equals(r.text("controller"))) {
        chosen = r;
      }
    }
    if (chosen == null && !refs.isEmpty()) {
      chosen = refs.get(0);
    }
    if (chosen == null || chosen.text("kind") == null || chosen.text("name") == null) {
      return Optional.empty();
    }
    return Optional.of(new String[] {chosen.text("kind"), chosen.text("name")});
  }

  private static Endpoint.Workload workload(K8sObject o, PodSpec spec, String kind, String name) {
    List<Endpoint.ContainerPort> ports = new ArrayList<>();
    List<String> images = new ArrayList<>();
    boolean secrets = false;
    for (Container c : spec.containers()) {
      String image = c.node().text("image");
      if (image != null) {
        images.add(image);
      }
      for (YamlNode.Mapping p : Yaml.mappings(c.node(), "ports")) {
        Integer number = Yaml.integer(p, "containerPort");
        String proto = p.text("protocol");
        Optional<Protocol> protocol =
            proto == null ? Optional.of(Protocol.TCP) : Protocol.parse(proto);
        if (number != null && protocol.isPresent()) {
          ports.add(new Endpoint.ContainerPort(p.text("name"), protocol.get(), number));
        }
      }
      for (YamlNode.Mapping env : Yaml.mappings(c.node(), "env")) {
        secrets |= Yaml.mapping(env, "valueFrom", "secretKeyRef").isPresent();
      }
      for (YamlNode.Mapping env : Yaml.mappings(c.node(), "envFrom")) {
        secrets |= env.mapping("secretRef").isPresent();
      }
    }
    for (YamlNode.Mapping v : Yaml.mappings(spec.spec(), "volumes")) {
      secrets |= v.mapping("secret").isPresent();
      for (YamlNode.Mapping src : Yaml.mappings(v.mapping("projected").orElse(null), "sources")) {
        secrets |= src.mapping("secret").isPresent();
      }
    }
    return new Endpoint.Workload(
        ns(o),
        name,
        kind,
        Yaml.strings(spec.templateMetadata().mapping("labels").orElse(null)),
        ports,
        images,
        secrets,
        o.file(),
        o.position().line());
  }
}
