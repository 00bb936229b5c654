package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.objects.LabelSelector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class RbacIndex implements Rbac {
  /** Aggregation is applied until nothing changes, at most this many rounds (chains of roles). */
  private static final int MAX_AGGREGATION_ROUNDS = 16;

  private final List<Role> roles;
  private final List<Binding> bindings;
  private final List<Grant> grants;
  private final Map<Subject, List<Grant>> direct;
  private final Set<Subject> subjects;
  private final Map<String, K8sObject> serviceAccounts;
  private final List<String> notes;
  private final List<K8sObject> workloads;

  private RbacIndex(
      List<Role> roles,
      List<Binding> bindings,
      List<Grant> grants,
      Map<Subject, List<Grant>> direct,
      Set<Subject> subjects,
      Map<String, K8sObject> serviceAccounts,
      List<K8sObject> workloads,
      List<String> notes) {
    this.roles = roles;
    this.bindings = bindings;
    this.grants = grants;
    this.direct = direct;
    this.subjects = subjects;
    this.serviceAccounts = serviceAccounts;
    this.notes = notes;
    this.workloads = workloads;
  }

  static RbacIndex build(List<K8sObject> objects) {
    List<String> notes = new ArrayList<>();
    Map<String, Role> roles = new LinkedHashMap<>();
    List<Binding> bindings = new ArrayList<>();
    Map<String, K8sObject> sas = new LinkedHashMap<>();
    List<K8sObject> workloads = new ArrayList<>();
    for (K8sObject o : objects) {
      if (o.podSpec().isPresent()) {
        workloads.add(o);
      }
      if (o.kind().equals("ServiceAccount") && o.apiVersion().equals("v1") && !o.name().isEmpty()) {
        String ns = o.namespace() == null ? RbacParser.DEFAULT_NAMESPACE : o.namespace();
        sas.put(ns + ":" + o.name(), o);
      }
      if (!RbacParser.isRbac(o)) {
        continue;
      }
      switch (o.kind()) {
        case "Role", "ClusterRole" -> {
          Role r = RbacParser.role(o, notes);
          if (r != null) {
            Role previous = roles.put(r.ref(), r);
            if (previous != null) {
              notes.add(
                  RbacParser.where(o)
                      + ": "
                      + r.ref()
                      + " is also defined at "
                      + previous.location()
                      + "; the later one is used");
            }
          }
        }
        default -> {
          Binding b = RbacParser.binding(o, notes);
          if (b != null) {
            bindings.add(b);
          }
        }
      }
    }
    BuiltinRoles.addMissing(roles);
    aggregate(roles);
    List<Grant> grants = new ArrayList<>();
    Map<Subject, List<Grant>> direct = new LinkedHashMap<>();
    for (Binding b : bindings) {
      String key =
          b.roleKind().equals("ClusterRole")
              ? "ClusterRole/" + b.roleName()
              : "Role/" + b.namespace() + "/" + b.roleName();
      Role role = roles.get(key);
      if (role == null) {
        notes.add(
            b.location()
                + ": "
                + b.ref()
                + " refers to "
                + b.roleKind()
                + " "
                + b.roleName()
                + (b.roleKind().equals("Role") ? " in namespace " + b.namespace() : "")
                + ", which is not in the input; it grants nothing here");
        continue;
      }
      for (Binding.BoundSubject s : b.subjects()) {
        List<Grant> mine = direct.computeIfAbsent(s.subject(), k -> new ArrayList<>());
        for (RbacRule rule : role.rules()) {
          Grant g = new Grant(s.subject(), b, role, rule, b.namespace());
          grants.add(g);
          mine.add(g);
        }
      }
    }
    Set<Subject> subjects = new LinkedHashSet<>(direct.keySet());
    sas.keySet()
        .forEach(
            k -> {
              int colon = k.indexOf(':');
              subjects.add(Subject.serviceAccount(k.substring(0, colon), k.substring(colon + 1)));
            });
    direct.replaceAll((k, v) -> List.copyOf(v));
    return new RbacIndex(
        List.copyOf(roles.values()),
        List.copyOf(bindings),
        List.copyOf(grants),
        Collections.unmodifiableMap(direct),
        Collections.unmodifiableSet(subjects),
        Collections.unmodifiableMap(sas),
        List.copyOf(workloads),
        List.copyOf(notes));
  }

  /**
   * Replaces each aggregating ClusterRole's rules by its own plus those of the roles it selects.
   */
  private static void aggregate(Map<String, Role> roles) {
    List<Role> aggregating =
        roles.values().stream().filter(r -> r.cluster() && !r.aggregation().isEmpty()).toList();
    if (aggregating.isEmpty()) {
      return;
    }
    List<Role> clusterRoles = roles.values().stream().filter(Role::cluster).toList();
    Map<String, List<Role>> selected = new HashMap<>();
    for (Role a : aggregating) {
      List<Role> matches = new ArrayList<>();
      for (Role c : clusterRoles) {
        if (c != a && a.aggregation().stream().anyMatch(sel -> matchesAny(sel, c))) {
          matches.add(c);
        }
      }
      selected.put(a.ref(), matches);
    }
    for (int round = 0; round < MAX_AGGREGATION_ROUNDS; round++) {
      boolean changed = false;
      for (Role a : aggregating) {
        Role current = roles.get(a.ref());
        Set<RbacRule> rules = new LinkedHashSet<>(current.rules());
        for (Role c : selected.get(a.ref())) {
          rules.addAll(roles.get(c.ref()).rules());
        }
        if (rules.size() != current.rules().size()) {
          roles.put(a.ref(), current.withRules(List.copyOf(rules)));
          changed = true;
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  private static boolean matchesAny(LabelSelector sel, Role role) {
    // As the aggregation controller: an empty selector selects every ClusterRole.
    return sel.valid() && sel.matches(role.labels());
  }

  @Override
  public List<Role> roles() {
    return roles;
  }

  @Override
  public List<Binding> bindings() {
    return bindings;
  }

  @Override
  public Set<Subject> subjects() {
    return subjects;
  }

  @Override
  public Map<String, K8sObject> serviceAccounts() {
    return serviceAccounts;
  }

  @Override
  public List<Grant> direct(Subject subject) {
    return direct.getOrDefault(subject, List.of());
  }

  @Override
  public List<Grant> rights(Subject subject) {
    List<Grant> out = new ArrayList<>(direct(subject));
    for (Subject g : subject.implicitGroups()) {
      out.addAll(direct(g));
    }
    return out;
  }

  @Override
  public List<Grant> whoCan(AccessQuery query) {
    return grants.stream().filter(query::allowedBy).toList();
  }

  @Override
  public List<K8sObject> workloads() {
    return workloads;
  }

  @Override
  public List<String> notes() {
    return notes;
  }
}
