package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.objects.LabelSelector;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads Role/ClusterRole/RoleBinding/ClusterRoleBinding objects; problems go to notes. */
final class RbacParser {
  static final String GROUP = "rbac.authorization.k8s.io/";
  static final String DEFAULT_NAMESPACE = "default";

  private RbacParser() {}

  static boolean isRbac(K8sObject o) {
    return o.apiVersion().startsWith(GROUP)
        && switch (o.kind()) {
          case "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding" -> true;
          default -> false;
        };
  }

  static @Nullable Role role(K8sObject o, List<String> notes) {
    if (o.name().isEmpty()) {
      notes.add(where(o) + ": " + o.kind() + " without metadata.name; skipped");
      return null;
    }
    boolean cluster = o.kind().equals("ClusterRole");
    String ns = cluster ? null : namespace(o);
    String owner = cluster ? "ClusterRole/" + o.name() : "Role/" + ns + "/" + o.name();
    List<RbacRule> rules = new ArrayList<>();
    Optional<YamlNode> raw = o.root().get("rules");
    if (raw.isPresent() && raw.get() instanceof YamlNode.Sequence seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        YamlNode item = seq.items().get(i);
        if (!(item instanceof YamlNode.Mapping m)) {
          notes.add(at(o, item) + ": " + owner + " rule " + i + " is not a mapping; skipped");
          continue;
        }
        RbacRule r =
            new RbacRule(
                strings(m, "verbs"),
                strings(m, "apiGroups"),
                strings(m, "resources"),
                strings(m, "resourceNames"),
                strings(m, "nonResourceURLs"),
                owner,
                o.file(),
                m.position());
        if (r.verbs().isEmpty()) {
          notes.add(at(o, m) + ": " + owner + " rule " + i + " has no verbs; it grants nothing");
        } else if (r.resources().isEmpty() && r.nonResourceURLs().isEmpty()) {
          notes.add(
              at(o, m) + ": " + owner + " rule " + i + " names no resources; it grants nothing");
        } else {
          rules.add(r);
        }
      }
    } else if (raw.isPresent() && !(raw.get() instanceof YamlNode.Scalar s && s.isNull())) {
      notes.add(where(o) + ": " + owner + " rules is not a list; ignored");
    }
    List<LabelSelector> aggregation = new ArrayList<>();
    if (cluster) {
      o.root()
          .mapping("aggregationRule")
          .flatMap(a -> a.sequence("clusterRoleSelectors"))
          .ifPresent(
              seq ->
                  seq.items().stream()
                      .filter(YamlNode.Mapping.class::isInstance)
                      .map(x -> LabelSelector.of((YamlNode.Mapping) x))
                      .forEach(aggregation::add));
    }
    return new Role(
        cluster,
        ns,
        o.name(),
        rules,
        aggregation,
        LabelSelector.metadataMap(o.root(), "labels"),
        o);
  }

  static @Nullable Binding binding(K8sObject o, List<String> notes) {
    boolean cluster = o.kind().equals("ClusterRoleBinding");
    String ns = cluster ? null : namespace(o);
    String ref = cluster ? "ClusterRoleBinding/" + o.name() : "RoleBinding/" + ns + "/" + o.name();
    if (o.name().isEmpty()) {
      notes.add(where(o) + ": " + o.kind() + " without metadata.name; skipped");
      return null;
    }
    YamlNode.Mapping roleRef = o.root().mapping("roleRef").orElse(null);
    String roleKind = roleRef == null ? null : roleRef.text("kind");
    String roleName = roleRef == null ? null : roleRef.text("name");
    if (roleKind == null || roleName == null) {
      notes.add(where(o) + ": " + ref + " has no roleRef kind and name; it grants nothing");
      return null;
    }
    if (!roleKind.equals("Role") && !roleKind.equals("ClusterRole")) {
      notes.add(
          where(o) + ": " + ref + " roleRef kind " + roleKind + " is not Role or ClusterRole");
      return null;
    }
    if (cluster && roleKind.equals("Role")) {
      notes.add(
          where(o) + ": " + ref + " refers to a Role; a ClusterRoleBinding needs a ClusterRole");
      return null;
    }
    List<Binding.BoundSubject> subjects = new ArrayList<>();
    o.root()
        .sequence("subjects")
        .ifPresent(
            seq -> {
              for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Mapping m) {
                  Subject s = subject(o, ref, ns, m, notes);
                  if (s != null) {
                    subjects.add(new Binding.BoundSubject(s, m.position()));
                  }
                }
              }
            });
    return new Binding(
        cluster,
        ns,
        o.name(),
        roleKind,
        roleName,
        subjects,
        Binding.isBootstrap(LabelSelector.metadataMap(o.root(), "labels")),
        o);
  }

  private static @Nullable Subject subject(
      K8sObject o, String ref, @Nullable String ns, YamlNode.Mapping m, List<String> notes) {
    String kind = m.text("kind");
    String name = m.text("name");
    if (kind == null || name == null) {
      notes.add(at(o, m) + ": " + ref + " subject without kind and name; skipped");
      return null;
    }
    return switch (kind) {
      case "User" ->
          name.startsWith(Subject.SA_PREFIX) && name.split(":", -1).length == 4
              ? Subject.parse(name)
              : Subject.user(name);
      case "Group" -> Subject.group(name);
      case "ServiceAccount" -> {
        String sns = m.text("namespace");
        if (sns == null) {
          sns = ns;
        }
        if (sns == null) {
          notes.add(
              at(o, m) + ": " + ref + " service account " + name + " has no namespace; skipped");
          yield null;
        }
        yield Subject.serviceAccount(sns, name);
      }
      default -> {
        notes.add(at(o, m) + ": " + ref + " subject kind " + kind + " is unknown; skipped");
        yield null;
      }
    };
  }

  private static String namespace(K8sObject o) {
    return o.namespace() == null ? DEFAULT_NAMESPACE : o.namespace();
  }

  private static List<String> strings(YamlNode.Mapping m, String key) {
    List<String> out = new ArrayList<>();
    m.sequence(key)
        .ifPresent(
            s ->
                s.items().stream()
                    .filter(x -> x instanceof YamlNode.Scalar sc && !sc.isNull())
                    .map(x -> ((YamlNode.Scalar) x).value())
                    .forEach(out::add));
    return out;
  }

  static String where(K8sObject o) {
    return o.file() + ":" + o.position().line();
  }

  private static String at(K8sObject o, YamlNode n) {
    return o.file() + ":" + n.position().line();
  }
}
