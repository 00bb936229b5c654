package dev.lashing.misconfig.bench;

import dev.lashing.misconfig.objects.ManifestReader;
import dev.lashing.misconfig.objects.ObjectSet;
import dev.lashing.misconfig.rbac.AccessQuery;
import dev.lashing.misconfig.rbac.Rbac;
import dev.lashing.misconfig.rbac.RbacAnalyzer;
import dev.lashing.misconfig.rbac.Subject;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The RBAC benchmark of {@code bench/rbac-bench.sh} (a main, not a test): generates a cluster of
 * SUBJECTS service accounts/users/groups in 50 namespaces with ROLES roles and as many bindings
 * (ROLES+BINDINGS = 5,000 by default), then times parsing, effective permissions of every subject,
 * the risk analysis and a who-can query. Deterministic (fixed seed).
 */
public final class RbacBench {
  private RbacBench() {}

  public static void main(String[] args) {
    int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int roles = args.length > 1 ? Integer.parseInt(args[1]) : 2_500;
    int bindings = args.length > 2 ? Integer.parseInt(args[2]) : 2_500;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    String yaml = generate(subjects, roles, bindings, new Random(42));
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    System.out.printf(
        "rbac-bench: %d subjects, %d roles, %d bindings, %.1f MiB of YAML%n",
        subjects, roles, bindings, bytes.length / 1048576.0);
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      ObjectSet set = ManifestReader.create().read("bench.yaml", bytes);
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      Rbac rbac = Rbac.of(set);
      long grants = 0;
      for (Subject s : rbac.subjects()) {
        grants += rbac.rights(s).size();
      }
      long t2 = System.nanoTime();
      long c2 = cpu.getCurrentThreadCpuTime();
      int findings = RbacAnalyzer.create().analyze(rbac).findings().size();
      long t3 = System.nanoTime();
      long c3 = cpu.getCurrentThreadCpuTime();
      int who = rbac.whoCan(AccessQuery.of("create", "pods/exec").inNamespace("ns-7")).size();
      long t4 = System.nanoTime();
      System.out.printf(
          "round %d: parse %d ms (cpu %d); effective permissions %d ms (cpu %d; %d subjects, %d"
              + " grants); risk analysis %d ms (cpu %d; %d findings); who-can %d ms (%d grants)%n",
          round,
          ms(t1 - t0),
          ms(c1 - c0),
          ms(t2 - t1),
          ms(c2 - c1),
          rbac.subjects().size(),
          grants,
          ms(t3 - t2),
          ms(c3 - c2),
          findings,
          ms(t4 - t3),
          who);
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  public static String generate(int subjects, int roles, int bindings, Random r) {
    StringBuilder b = new StringBuilder();
    String[] verbs = {"get", "list", "watch", "create", "update", "patch", "delete"};
    String[] resources = {
      "pods",
      "pods/log",
      "pods/exec",
      "secrets",
      "configmaps",
      "deployments",
      "services",
      "jobs",
      "serviceaccounts/token",
      "nodes",
      "*"
    };
    for (int i = 0; i < roles; i++) {
      boolean cluster = i % 5 == 0;
      b.append("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ")
          .append(cluster ? "ClusterRole" : "Role")
          .append("\nmetadata:\n  name: role-")
          .append(i)
          .append('\n');
      if (!cluster) {
        b.append("  namespace: ns-").append(i % 50).append('\n');
      } else {
        b.append("  labels:\n    agg: \"").append(i % 10).append("\"\n");
      }
      if (cluster && i % 100 == 0) {
        b.append("aggregationRule:\n  clusterRoleSelectors:\n    - matchLabels:\n        agg: \"")
            .append(i % 10)
            .append("\"\n");
      }
      b.append("rules:\n");
      int rules = 1 + r.nextInt(4);
      for (int k = 0; k < rules; k++) {
        String res = resources[r.nextInt(resources.length)];
        b.append("  - apiGroups: [\"\", \"apps\", \"batch\"]\n    resources: [\"")
            .append(res)
            .append("\"]\n    verbs: [\"")
            .append(verbs[r.nextInt(verbs.length)])
            .append("\", \"")
            .append(verbs[r.nextInt(verbs.length)])
            .append("\"]\n");
      }
    }
    for (int i = 0; i < bindings; i++) {
      int role = r.nextInt(roles);
      boolean clusterRole = role % 5 == 0;
      boolean clusterBinding = clusterRole && i % 3 == 0;
      String ns = "ns-" + (clusterRole ? r.nextInt(50) : role % 50);
      b.append("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ")
          .append(clusterBinding ? "ClusterRoleBinding" : "RoleBinding")
          .append("\nmetadata:\n  name: binding-")
          .append(i)
          .append('\n');
      if (!clusterBinding) {
        b.append("  namespace: ").append(ns).append('\n');
      }
      b.append("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ")
          .append(clusterRole ? "ClusterRole" : "Role")
          .append("\n  name: role-")
          .append(role)
          .append("\nsubjects:\n");
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        int s = r.nextInt(subjects);
        switch (s % 4) {
          case 0 -> b.append("  - kind: User\n    name: user-").append(s).append('\n');
          case 1 -> b.append("  - kind: Group\n    name: group-").append(s).append('\n');
          default ->
              b.append("  - kind: ServiceAccount\n    name: sa-")
                  .append(s)
                  .append("\n    namespace: ns-")
                  .append(s % 50)
                  .append('\n');
        }
      }
    }
    return b.toString();
  }
}
