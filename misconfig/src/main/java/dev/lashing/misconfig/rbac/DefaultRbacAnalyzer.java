package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.rbac.RbacRisk.Need;
import dev.lashing.misconfig.yaml.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

final class DefaultRbacAnalyzer implements RbacAnalyzer {
  private static final int MAX_LISTED = 3;
  static final String ADMIN = "LSH-RBAC-004";

  private final List<RbacRisk> catalog;
  private final boolean includeSystem;

  DefaultRbacAnalyzer(List<RbacRisk> catalog, boolean includeSystem) {
    this.catalog = List.copyOf(catalog);
    this.includeSystem = includeSystem;
  }

  @Override
  public RbacResult analyze(Rbac rbac) {
    Map<String, List<RbacFinding>> byRisk = new LinkedHashMap<>();
    Map<String, Integer> evaluated = new LinkedHashMap<>();
    catalog.forEach(
        r -> {
          byRisk.put(r.id(), new ArrayList<>());
          evaluated.put(r.id(), 0);
        });
    int judged = 0;
    for (Subject s : rbac.subjects()) {
      if (!includeSystem && s.isSystem()) {
        continue;
      }
      List<Grant> grants = counted(rbac.direct(s));
      if (grants.isEmpty()) {
        continue;
      }
      judged++;
      List<RbacFinding> mine = new ArrayList<>();
      Scopes scopes = Scopes.of(grants);
      for (RbacRisk risk : catalog) {
        if (!(risk.test() instanceof RbacRisk.Special)) {
          mine.addAll(evaluate(risk, s, scopes));
        }
      }
      boolean admin =
          mine.stream().anyMatch(f -> f.risk().id().equals(ADMIN) && f.namespace() == null);
      for (RbacFinding f : mine) {
        // Everything else held cluster-wide is implied by cluster-admin equivalence: say it once.
        boolean implied = f.grants().stream().allMatch(Grant::clusterWide);
        if (!admin || !implied || f.risk().id().equals(ADMIN)) {
          byRisk.get(f.risk().id()).add(f);
        }
      }
    }
    for (RbacRisk risk : catalog) {
      if (!(risk.test() instanceof RbacRisk.Special)) {
        evaluated.put(risk.id(), judged);
      }
    }
    List<RbacFinding> ruleFindings = byRisk.values().stream().flatMap(List::stream).toList();
    ObjectRisks objects = new ObjectRisks(rbac, catalog, includeSystem, this::counted);
    objects.evaluate(ruleFindings, byRisk, evaluated);
    List<RbacFinding> all = new ArrayList<>();
    byRisk.values().forEach(all::addAll);
    return new RbacResult(all, rbac.notes(), evaluated);
  }

  /** The grants that count for findings: bootstrap bindings left out unless asked for. */
  List<Grant> counted(List<Grant> grants) {
    if (includeSystem) {
      return grants;
    }
    return grants.stream().filter(g -> !g.binding().bootstrap()).toList();
  }

  /** A subject's grants split once: cluster-wide, and per namespace (sorted). */
  private record Scopes(List<Grant> cluster, Map<String, List<Grant>> byNs) {
    static Scopes of(List<Grant> grants) {
      List<Grant> cluster = grants.stream().filter(Grant::clusterWide).toList();
      Map<String, List<Grant>> byNs = new TreeMap<>();
      grants.stream()
          .filter(g -> !g.clusterWide())
          .forEach(g -> byNs.computeIfAbsent(g.namespace(), k -> new ArrayList<>()).add(g));
      return new Scopes(cluster, byNs);
    }
  }

  private List<RbacFinding> evaluate(RbacRisk risk, Subject s, Scopes scopes) {
    List<Grant> cluster = scopes.cluster();
    Map<String, List<Grant>> byNs = scopes.byNs();
    List<RbacFinding> out = new ArrayList<>();
    if (risk.test() instanceof RbacRisk.RuleShape shape) {
      if (risk.where() != RbacRisk.Where.NAMESPACE_ONLY) {
        List<Grant> cw = cluster.stream().filter(g -> shape.shape().test(g.rule())).toList();
        if (!cw.isEmpty()) {
          out.add(finding(risk, s, null, cw));
        }
      }
      if (risk.where() != RbacRisk.Where.CLUSTER) {
        byNs.forEach(
            (ns, list) -> {
              List<Grant> m = list.stream().filter(g -> shape.shape().test(g.rule())).toList();
              if (!m.isEmpty()) {
                out.add(finding(risk, s, ns, m));
              }
            });
      }
      return out;
    }
    if (risk.onlyNamespace() != null) {
      List<Grant> there = new ArrayList<>(cluster);
      there.addAll(byNs.getOrDefault(risk.onlyNamespace(), List.of()));
      satisfy(risk.test(), there)
          .ifPresent(g -> out.add(finding(risk, s, risk.onlyNamespace(), g)));
      return out;
    }
    Optional<List<Grant>> cw = satisfy(risk.test(), cluster);
    if (cw.isPresent()) {
      if (risk.where() != RbacRisk.Where.NAMESPACE_ONLY) {
        out.add(finding(risk, s, null, cw.get()));
      }
      return out;
    }
    if (risk.where() == RbacRisk.Where.CLUSTER) {
      return out;
    }
    byNs.forEach(
        (ns, list) -> {
          List<Grant> there = new ArrayList<>(cluster);
          there.addAll(list);
          satisfy(risk.test(), there).ifPresent(g -> out.add(finding(risk, s, ns, g)));
        });
    return out;
  }

  /** The grants meeting the test, or empty when it is not met. */
  static Optional<List<Grant>> satisfy(RbacRisk.Test test, List<Grant> grants) {
    Set<Grant> used = new LinkedHashSet<>();
    switch (test) {
      case RbacRisk.AllOf all -> {
        for (Need need : all.needs()) {
          List<Grant> meeting = grants.stream().filter(need::metBy).toList();
          if (meeting.isEmpty()) {
            return Optional.empty();
          }
          used.addAll(meeting);
        }
      }
      case RbacRisk.AnyOf any -> {
        for (Need need : any.needs()) {
          grants.stream().filter(need::metBy).forEach(used::add);
        }
      }
      case RbacRisk.RuleShape shape ->
          grants.stream().filter(g -> shape.shape().test(g.rule())).forEach(used::add);
      case RbacRisk.Special special -> {}
    }
    return used.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(used));
  }

  static RbacFinding finding(RbacRisk risk, Subject s, @Nullable String ns, List<Grant> grants) {
    Grant first = grants.getFirst();
    String where = ns == null ? " cluster-wide" : " in namespace " + ns;
    String what =
        risk.title().startsWith("Can ")
            ? " " + lowerFirst(risk.title())
            : ": " + lowerFirst(risk.title()) + ",";
    String message = s + what + where + ": " + describe(grants);
    if (first.rule().file().startsWith(BuiltinRoles.FILE_PREFIX)) {
      // The role is Kubernetes' own, not in the input: point at the binding that grants it.
      Binding b = first.binding();
      Position at =
          b.subjects().stream()
              .filter(x -> x.subject().equals(first.via()))
              .map(Binding.BoundSubject::position)
              .findFirst()
              .orElse(b.object().position());
      return new RbacFinding(risk, s, ns, grants, null, b.object().file(), at, message);
    }
    return new RbacFinding(
        risk, s, ns, grants, null, first.rule().file(), first.rule().position(), message);
  }

  /** {@code RoleBinding/ns/x → Role/ns/y 'create pods' (file:line)}, the first few. */
  static String describe(List<Grant> grants) {
    List<String> parts = new ArrayList<>();
    for (Grant g : grants.subList(0, Math.min(MAX_LISTED, grants.size()))) {
      parts.add(
          g.binding().ref()
              + " → "
              + g.role().ref()
              + " '"
              + g.rule().describe()
              + "' ("
              + g.rule().location()
              + ")");
    }
    if (grants.size() > MAX_LISTED) {
      parts.add("and " + (grants.size() - MAX_LISTED) + " more");
    }
    return String.join("; ", parts);
  }

  static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
