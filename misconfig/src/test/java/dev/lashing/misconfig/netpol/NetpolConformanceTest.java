package dev.lashing.misconfig.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.misconfig.k8s.K8sObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Opt-in ({@code -Pconformance}): every network-config-analyzer k8s scheme query that states the
 * expected connectivity map of one configuration (fw-rules YAML/JSON or the plain list) is run
 * through the analysis and compared pair by pair. Cases with Calico/Istio/Ingress resources, a
 * {@code subset} filter, pod-level endpoints or system-namespace filtering are skipped (counted).
 * Writes {@code target/netpol-conformance.md}.
 */
class NetpolConformanceTest {
  private static final Set<String> FOREIGN =
      Set.of(
          "GlobalNetworkPolicy",
          "AuthorizationPolicy",
          "Sidecar",
          "Gateway",
          "VirtualService",
          "Ingress",
          "Route",
          "Profile",
          "HostEndpoint",
          "WorkloadEndpoint",
          "HTTPRoute",
          "AdminNetworkPolicy",
          "BaselineAdminNetworkPolicy");

  /** A case this harness does not run, with the reason. */
  static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;

    Skip(String reason) {
      super(reason, null, false, false);
    }
  }

  record Outcome(
      String name,
      boolean agree,
      int expected,
      int actual,
      int common,
      int sameConn,
      String detail) {}

  @Test
  void agreesWithNetworkConfigAnalyzer() throws Exception {
    Assumptions.assumeTrue(
        "true".equals(System.getProperty("lashing.conformance")),
        "conformance is opt-in: -Pconformance");
    String peers = System.getProperty("lashing.peers");
    Path root = peers == null ? null : Path.of(peers, "04-netpol/network-config-analyzer/tests");
    Assumptions.assumeTrue(
        root != null && Files.isDirectory(root), "peer suite not found: " + root);
    List<Path> schemes;
    try (Stream<Path> s = Files.walk(root)) {
      schemes = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, Integer> skipped = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Path scheme : schemes) {
      Object doc;
      try {
        doc = new Yaml(new LoaderOptions()).load(Files.readString(scheme));
      } catch (RuntimeException e) {
        continue;
      }
      if (!(doc instanceof Map<?, ?> m) || !(m.get("queries") instanceof List<?> queries)) {
        continue;
      }
      for (Object q : queries) {
        if (q instanceof Map<?, ?> query
            && query.get("connectivityMap") instanceof List<?> configs
            && query.get("expectedOutput") != null) {
          String reason = skipReason(query);
          if (reason != null) {
            skipped.merge(reason, configs.size(), Integer::sum);
            continue;
          }
          for (Object config : configs) {
            String key = root.relativize(scheme) + "#" + query.get("name") + "#" + config;
            if (!seen.add(key)) {
              skipped.merge("same query in another output format", 1, Integer::sum);
              continue;
            }
            try {
              outcomes.add(run(scheme, m, query, String.valueOf(config), key));
            } catch (Skip e) {
              skipped.merge(e.getMessage(), 1, Integer::sum);
              seen.remove(key);
            } catch (RuntimeException | IOException e) {
              outcomes.add(new Outcome(key, false, 0, 0, 0, 0, "error: " + e));
            }
          }
        }
      }
    }
    write(outcomes, skipped);
    assertThat(outcomes).isNotEmpty();
  }

  private static String skipReason(Map<?, ?> query) {
    Map<?, ?> oc = query.get("outputConfiguration") instanceof Map<?, ?> x ? x : Map.of();
    String format = String.valueOf(oc.get("outputFormat") == null ? "txt" : oc.get("outputFormat"));
    if (!Set.of("yaml", "json", "txt", "txt_no_fw_rules").contains(format)) {
      return "output format " + format + " (graph/table forms not parsed)";
    }
    if (oc.containsKey("subset")) {
      return "subset filter";
    }
    if (oc.get("outputEndpoints") != null && !"deployments".equals(oc.get("outputEndpoints"))) {
      return "pod-level endpoints";
    }
    if (oc.containsKey("fwRulesFilterSystemNs") || oc.containsKey("excludeIPv6Range")) {
      return "output filters";
    }
    return null;
  }

  private static Outcome run(Path scheme, Map<?, ?> doc, Map<?, ?> query, String config, String key)
      throws IOException, Skip {
    Path dir = scheme.getParent();
    Map<?, ?> cfg = null;
    for (Object c : (List<?>) doc.get("networkConfigList")) {
      if (c instanceof Map<?, ?> cm && config.equals(String.valueOf(cm.get("name")))) {
        cfg = cm;
      }
    }
    if (cfg == null) {
      throw new Skip("config not found");
    }
    List<String> errors = new ArrayList<>();
    List<K8sObject> objects = new ArrayList<>();
    for (String k : List.of("namespaceList", "podList", "resourceList")) {
      Object v = cfg.get(k) != null ? cfg.get(k) : doc.get(k);
      List<K8sObject> part = new ArrayList<>();
      addAll(part, dir, v, errors);
      // NCA reads only namespaces from a namespaceList and only workloads from a podList.
      for (K8sObject o : part) {
        boolean keep =
            switch (k) {
              case "namespaceList" -> o.kind().equals("Namespace");
              case "podList" -> TopologyBuilder.WORKLOAD_KINDS.contains(o.kind());
              default -> true;
            };
        if (keep) {
          objects.add(o);
        }
      }
    }
    addAll(objects, dir, cfg.get("networkPolicyList"), errors);
    for (K8sObject o : objects) {
      if (FOREIGN.contains(o.kind())
          || o.kind().equals("NetworkPolicy") && !PolicyParser.isPolicy(o)) {
        throw new Skip("Calico/Istio/Ingress resources");
      }
    }
    if (!errors.isEmpty()) {
      throw new Skip("unreadable input (a bad-input case)");
    }
    // NCA adds the cluster DNS only to topologies read from a resourceList (a repository).
    boolean fromRepo = cfg.get("resourceList") != null || doc.get("resourceList") != null;
    ConnectivityMap map =
        NetpolAnalyzer.create().analyze(NetpolAnalyzer.topology(objects, fromRepo));
    Path expectedFile = dir.resolve(String.valueOf(query.get("expectedOutput")));
    String text = Files.readString(expectedFile, StandardCharsets.UTF_8);
    Map<String, Connections> expected;
    Map<?, ?> oc = query.get("outputConfiguration") instanceof Map<?, ?> x ? x : Map.of();
    if ("txt_no_fw_rules".equals(oc.get("outputFormat"))) {
      expected = NcaExpected.fromList(text, map);
    } else if (expectedFile.toString().endsWith(".txt")) {
      expected = NcaExpected.fromRules(NcaExpected.rulesFromText(section(text, config)), map);
    } else {
      Object parsed = new Yaml(new LoaderOptions()).load(text);
      List<Object> rules = new ArrayList<>();
      for (Object entry : (List<?>) parsed) {
        Object cs = ((Map<?, ?>) entry).get("configs");
        if (cs instanceof List<?> l && !l.isEmpty() && !l.contains(config)) {
          continue;
        }
        for (Object ex : (List<?>) ((Map<?, ?>) entry).get("explanation")) {
          rules.addAll((List<?>) ((Map<?, ?>) ex).get("rules"));
        }
      }
      expected = NcaExpected.fromRules(rules, map);
    }
    Map<String, Connections> actual = new HashMap<>();
    map.connections().forEach(c -> actual.put(c.src().id() + "|" + c.dst().id(), c.allowed()));
    Set<String> union = new LinkedHashSet<>(expected.keySet());
    union.addAll(actual.keySet());
    int common = 0;
    int same = 0;
    StringBuilder detail = new StringBuilder();
    for (String pair : union) {
      Connections e = expected.get(pair);
      Connections a = actual.get(pair);
      if (e != null && a != null) {
        common++;
      }
      if (e != null && e.equals(a)) {
        same++;
      } else if (detail.length() < 600) {
        detail.append(pair).append(" expected ").append(e).append(" got ").append(a).append("; ");
      }
    }
    boolean agree = expected.equals(actual);
    return new Outcome(key, agree, expected.size(), actual.size(), common, same, detail.toString());
  }

  /** The part of a multi-config text output for {@code config} ("…, config: NAME:" headers). */
  private static String section(String text, String config) {
    if (!text.contains(", config: ")) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    boolean in = false;
    for (String line : text.split("\n")) {
      if (line.contains(", config: ")) {
        in = line.trim().endsWith(", config: " + config + ":");
      } else if (in) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static void addAll(List<K8sObject> out, Path dir, Object spec, List<String> errors)
      throws IOException, Skip {
    if (spec == null) {
      return;
    }
    List<?> items = spec instanceof List<?> l ? l : List.of(spec);
    for (Object item : items) {
      String s = String.valueOf(item);
      if (s.startsWith("http") || s.equals("k8s") || s.equals("calico") || s.equals("istio")) {
        throw new Skip("live cluster or URL input");
      }
      if (s.contains("*")) {
        Path base = dir.resolve(s).getParent();
        String glob = Path.of(s).getFileName().toString();
        try (var ds = Files.newDirectoryStream(base, glob)) {
          for (Path p : ds) {
            out.addAll(ManifestFiles.load(List.of(p), errors));
          }
        }
        continue;
      }
      Path p = dir.resolve(s);
      if (!Files.exists(p)) {
        throw new Skip("input file missing from the peer copy");
      }
      out.addAll(ManifestFiles.load(List.of(p), errors));
    }
  }

  private static void write(List<Outcome> outcomes, Map<String, Integer> skipped)
      throws IOException {
    int agree = 0;
    long exp = 0;
    long act = 0;
    long common = 0;
    long same = 0;
    StringBuilder rows = new StringBuilder();
    for (Outcome o : outcomes) {
      agree += o.agree() ? 1 : 0;
      exp += o.expected();
      act += o.actual();
      common += o.common();
      same += o.sameConn();
      rows.append("| ")
          .append(o.name())
          .append(" | ")
          .append(o.agree() ? "yes" : "no")
          .append(" | ")
          .append(o.expected())
          .append(" | ")
          .append(o.actual())
          .append(" | ")
          .append(o.sameConn())
          .append(" | ")
          .append(o.agree() ? "" : o.detail().replace("|", "/"))
          .append(" |\n");
    }
    String summary =
        String.format(
            "cases run %d, agree %d (%.1f %%); pairs expected %d, found %d, in both %d,"
                + " equal connections %d; pair precision %.1f %%, recall %.1f %%,"
                + " connection-exact precision %.1f %%, recall %.1f %%",
            outcomes.size(),
            agree,
            100.0 * agree / Math.max(1, outcomes.size()),
            exp,
            act,
            common,
            same,
            100.0 * common / Math.max(1, act),
            100.0 * common / Math.max(1, exp),
            100.0 * same / Math.max(1, act),
            100.0 * same / Math.max(1, exp));
    StringBuilder md =
        new StringBuilder("# NetworkPolicy conformance (network-config-analyzer)\n\n");
    md.append(summary).append("\n\nSkipped: ").append(skipped).append("\n\n");
    md.append("| case | agree | expected pairs | found pairs | equal | first differences |\n");
    md.append("|---|---|---:|---:|---:|---|\n").append(rows);
    Path out = Path.of("target/netpol-conformance.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
    System.out.println("netpol conformance: " + summary);
    System.out.println("skipped: " + skipped);
  }
}
