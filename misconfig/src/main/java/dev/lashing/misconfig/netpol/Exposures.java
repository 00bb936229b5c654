package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which workloads are published outside the cluster: selected by a Service of type LoadBalancer or
 * NodePort or with externalIPs, or behind a Service that an Ingress routes to.
 */
final class Exposures {
  private Exposures() {}

  static Map<String, List<String>> of(List<K8sObject> objects, List<Endpoint.Workload> workloads) {
    Map<String, List<String>> out = new TreeMap<>();
    Map<String, Map<String, String>> serviceSelectors = new HashMap<>();
    for (K8sObject o : objects) {
      if (!o.kind().equals("Service") || !o.apiVersion().equals("v1")) {
        continue;
      }
      YamlNode.Mapping spec = o.root().mapping("spec").orElse(null);
      Map<String, String> selector = Yaml.strings(Yaml.mapping(spec, "selector").orElse(null));
      String ns = TopologyBuilder.ns(o);
      serviceSelectors.put(ns + "/" + o.name(), selector);
      String type = spec == null ? null : spec.text("type");
      String reason = null;
      if ("LoadBalancer".equals(type) || "NodePort".equals(type)) {
        reason = "Service " + ns + "/" + o.name() + " type " + type;
      } else if (!Yaml.list(spec, "externalIPs").isEmpty()) {
        reason = "Service " + ns + "/" + o.name() + " externalIPs";
      }
      if (reason != null) {
        mark(out, workloads, ns, selector, reason);
      }
    }
    for (K8sObject o : objects) {
      if (!o.kind().equals("Ingress")) {
        continue;
      }
      String ns = TopologyBuilder.ns(o);
      for (String svc : backends(o.root().mapping("spec").orElse(null))) {
        Map<String, String> selector = serviceSelectors.get(ns + "/" + svc);
        if (selector != null) {
          mark(
              out, workloads, ns, selector, "Ingress " + ns + "/" + o.name() + " → Service " + svc);
        }
      }
    }
    return out;
  }

  private static void mark(
      Map<String, List<String>> out,
      List<Endpoint.Workload> workloads,
      String ns,
      Map<String, String> selector,
      String reason) {
    if (selector.isEmpty()) {
      return; // a Service without a selector has manually managed endpoints
    }
    LabelSelector s = new LabelSelector(selector, List.of(), true);
    for (Endpoint.Workload w : workloads) {
      if (w.namespace().equals(ns) && s.matches(w.labels())) {
        List<String> reasons = out.computeIfAbsent(w.id(), k -> new ArrayList<>());
        if (!reasons.contains(reason)) {
          reasons.add(reason);
        }
      }
    }
  }

  /** Service names of an Ingress (networking.k8s.io/v1 and the older v1beta1 shape). */
  private static List<String> backends(YamlNode.Mapping spec) {
    List<YamlNode.Mapping> found = new ArrayList<>();
    Yaml.mapping(spec, "defaultBackend").ifPresent(found::add);
    Yaml.mapping(spec, "backend").ifPresent(found::add);
    for (YamlNode.Mapping rule : Yaml.mappings(spec, "rules")) {
      for (YamlNode.Mapping path :
          Yaml.mappings(Yaml.mapping(rule, "http").orElse(null), "paths")) {
        Yaml.mapping(path, "backend").ifPresent(found::add);
      }
    }
    List<String> names = new ArrayList<>();
    for (YamlNode.Mapping b : found) {
      String name =
          Yaml.mapping(b, "service").map(s -> s.text("name")).orElse(b.text("serviceName"));
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
