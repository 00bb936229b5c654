package dev.lashing.misconfig.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.misconfig.objects.ManifestReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opt-in ({@code -Pconformance}): every KubiScan risky-role template, granted through a Role and
 * RoleBinding to a service account, must give that account a finding other than the mere wildcard
 * API group (LSH-RBAC-003); every rbac-police policy must map to a Lashing risk. Writes {@code
 * target/rbac-conformance.md}.
 */
class RbacConformanceTest {
  private static final Pattern TEMPLATE_START = Pattern.compile("^(\\s*)- kind: Role\\s*$");
  private static final Pattern POLICY = Pattern.compile("^### \\[([A-Za-z0-9_]+)\\]");
  private static final Pattern SEVERITY = Pattern.compile("^- Severity: `([A-Za-z]+)`");

  record Template(String name, String priority, String yaml) {}

  @Test
  void peersRiskyRolesAreFlagged() throws Exception {
    Assumptions.assumeTrue(
        "true".equals(System.getProperty("lashing.conformance")),
        "conformance is opt-in: ./mvnw -B -pl misconfig -am verify -Pconformance");
    String peers = System.getProperty("lashing.peers");
    Path root = peers == null ? null : Path.of(peers, "05-rbac");
    Assumptions.assumeTrue(
        root != null && Files.isDirectory(root),
        "peer suite not found at " + root + " (set -Dlashing.peers=PATH to ../shared/peers)");

    StringBuilder md = new StringBuilder("# RBAC conformance against peers\n\n");
    md.append("## KubiScan risky-role templates\n\n");
    md.append("| template | KubiScan priority | Lashing findings |\n|---|---|---|\n");
    List<Template> templates =
        templates(
            Files.readString(root.resolve("kubiscan/risky_roles.yaml"), StandardCharsets.UTF_8));
    List<String> missed = new ArrayList<>();
    for (Template t : templates) {
      Set<String> ids = flag(t);
      Set<String> substantive = new TreeSet<>(ids);
      substantive.remove("LSH-RBAC-003");
      if (substantive.isEmpty()) {
        missed.add(t.name());
      }
      md.append("| ")
          .append(t.name())
          .append(" | ")
          .append(t.priority())
          .append(" | ")
          .append(ids.isEmpty() ? "**none**" : String.join(", ", ids))
          .append(" |\n");
    }
    md.append("\n")
        .append(templates.size() - missed.size())
        .append(" of ")
        .append(templates.size())
        .append(" templates flagged with a risk beyond the wildcard API group.\n\n");

    md.append(
        "## rbac-police policy catalog\n\n| policy | rbac-police severity | Lashing risks |\n|---|---|---|\n");
    Map<String, String> policies =
        policies(Files.readAllLines(root.resolve("rbac-police/docs/policies.md")));
    List<String> unmapped = new ArrayList<>();
    for (Map.Entry<String, String> p : policies.entrySet()) {
      String ids =
          RbacRisks.catalog().stream()
              .filter(r -> r.peers().contains("rbac-police:" + p.getKey()))
              .map(r -> r.id() + " (" + r.severity() + ")")
              .collect(Collectors.joining(", "));
      if (ids.isEmpty()) {
        unmapped.add(p.getKey());
      }
      md.append("| ")
          .append(p.getKey())
          .append(" | ")
          .append(p.getValue())
          .append(" | ")
          .append(ids.isEmpty() ? "**not covered**" : ids)
          .append(" |\n");
    }
    md.append("\n")
        .append(policies.size() - unmapped.size())
        .append(" of ")
        .append(policies.size())
        .append(" policies covered.\n");
    Path out = Path.of(System.getProperty("basedir", "."), "target", "rbac-conformance.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
    System.out.println(md);
    assertThat(templates).hasSizeGreaterThan(30);
    assertThat(missed).as("KubiScan templates Lashing does not flag").isEmpty();
    assertThat(policies).hasSizeGreaterThan(20);
    assertThat(unmapped).as("rbac-police policies without a Lashing risk").isEmpty();
  }

  /** Grants the template's rules to ServiceAccount default:probe and returns the finding ids. */
  private static Set<String> flag(Template t) {
    // A Role cannot grant cluster-scoped resources (users, groups, nodes/proxy, ClusterRoles,
    // ClusterRoleBindings): for those templates the same rules go into a ClusterRole bound
    // cluster-wide, the only way a subject can hold them.
    boolean cluster =
        Rbac.of(ManifestReader.create().read("t.yaml", t.yaml().getBytes(StandardCharsets.UTF_8)))
            .roles()
            .stream()
            .filter(r -> !r.cluster())
            .flatMap(r -> r.rules().stream())
            .anyMatch(
                r ->
                    r.resources().stream()
                        .anyMatch(
                            res ->
                                r.verbs().stream().allMatch(v -> Resources.clusterScoped(res, v))));
    String yaml =
        cluster
            ? t.yaml()
                .replaceFirst("(?m)^kind: Role$", "kind: ClusterRole")
                .replaceAll("(?m)^\\s*namespace: default\\n", "")
            : t.yaml();
    String binding =
        cluster
            ? "kind: ClusterRoleBinding\nmetadata:\n  name: probe\nroleRef:\n  kind: ClusterRole\n"
            : "kind: RoleBinding\nmetadata:\n  name: probe\n  namespace: default\nroleRef:\n  kind: Role\n";
    String manifest =
        yaml
            + "\n---\napiVersion: rbac.authorization.k8s.io/v1\n"
            + binding
            + "  name: "
            + t.name()
            + "\nsubjects:\n  - kind: ServiceAccount\n    name: probe\n    namespace: default\n";
    Rbac rbac =
        Rbac.of(
            ManifestReader.create()
                .read(t.name() + ".yaml", manifest.getBytes(StandardCharsets.UTF_8)));
    Subject probe = Subject.serviceAccount("default", "probe");
    return RbacAnalyzer.create().analyze(rbac).findings().stream()
        .filter(f -> probe.equals(f.subject()))
        .map(f -> f.risk().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The file is not valid YAML as a whole (some items are indented differently), so each {@code -
   * kind: Role} item is cut out and dedented on its own, as a reader of the file would.
   */
  static List<Template> templates(String text) {
    List<Template> out = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = TEMPLATE_START.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      StringBuilder doc =
          new StringBuilder("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n");
      int j = i + 1;
      for (; j < lines.size() && !TEMPLATE_START.matcher(lines.get(j)).matches(); j++) {
        String l = lines.get(j);
        if (l.strip().startsWith("#") || l.isBlank()) {
          continue;
        }
        doc.append(l.startsWith("  ") ? l.substring(2) : l.stripLeading()).append('\n');
      }
      String yaml = doc.toString();
      String name = field(yaml, "name");
      String priority = field(yaml, "priority");
      // 'priority' is KubiScan's own key; keep the rest as a Kubernetes Role.
      yaml = yaml.replaceAll("(?m)^\\s*priority:.*\\n", "");
      out.add(new Template(name, priority, yaml));
      i = j - 1;
    }
    return out;
  }

  private static String field(String yaml, String key) {
    Matcher m = Pattern.compile("(?m)^\\s*" + key + ":\\s*(\\S+)").matcher(yaml);
    return m.find() ? m.group(1) : "";
  }

  static Map<String, String> policies(List<String> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    String current = null;
    for (String l : lines) {
      Matcher p = POLICY.matcher(l);
      if (p.find()) {
        current = p.group(1);
        out.put(current, "");
      }
      Matcher s = SEVERITY.matcher(l);
      if (current != null && s.find()) {
        out.put(current, s.group(1));
      }
    }
    return out;
  }
}
