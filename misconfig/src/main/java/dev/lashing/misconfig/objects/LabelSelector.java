package dev.lashing.misconfig.objects;

import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions} with {@code In},
 * {@code NotIn}, {@code Exists}, {@code DoesNotExist}), as used by aggregated ClusterRoles,
 * NetworkPolicies and workloads. All requirements must hold; the empty selector matches everything.
 * An expression with an unknown operator matches nothing (as the API server would reject it).
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions) {

  /** One {@code matchExpressions} entry. */
  public record Requirement(String key, String operator, List<String> values) {
    public Requirement {
      values = List.copyOf(values);
    }

    boolean matches(Map<String, String> labels) {
      return switch (operator) {
        case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
        case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
        case "Exists" -> labels.containsKey(key);
        case "DoesNotExist" -> !labels.containsKey(key);
        default -> false;
      };
    }
  }

  public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of());

  private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

  public LabelSelector {
    matchLabels = Map.copyOf(matchLabels);
    expressions = List.copyOf(expressions);
  }

  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    return expressions.stream().allMatch(r -> r.matches(labels));
  }

  /** True when the selector has no requirement (matches every object). */
  public boolean isEmpty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  /**
   * The selector in {@code node}; fields of the wrong shape are ignored, unknown operators kept.
   */
  public static LabelSelector of(YamlNode.Mapping node) {
    Map<String, String> labels = new LinkedHashMap<>();
    node.mapping("matchLabels").ifPresent(m -> labels.putAll(strings(m)));
    List<Requirement> reqs = new ArrayList<>();
    node.sequence("matchExpressions")
        .ifPresent(
            seq -> {
              for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Mapping m && m.text("key") != null) {
                  String op = m.text("operator");
                  List<String> values = new ArrayList<>();
                  m.sequence("values")
                      .ifPresent(
                          v ->
                              v.items().stream()
                                  .filter(YamlNode.Scalar.class::isInstance)
                                  .map(x -> ((YamlNode.Scalar) x).value())
                                  .forEach(values::add));
                  reqs.add(new Requirement(m.text("key"), op == null ? "" : op, values));
                }
              }
            });
    return new LabelSelector(labels, reqs);
  }

  /** True when every expression uses a known operator. */
  public boolean valid() {
    return expressions.stream().allMatch(r -> OPERATORS.contains(r.operator()));
  }

  /** A mapping's scalar entries as strings (labels, annotations). */
  public static Map<String, String> strings(YamlNode.Mapping m) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : m.entries()) {
      if (e.value() instanceof YamlNode.Scalar s && !s.isNull()) {
        out.put(e.key().value(), s.value());
      }
    }
    return out;
  }

  /** The object's {@code metadata.labels} (or another metadata map such as annotations). */
  public static Map<String, String> metadataMap(YamlNode.Mapping root, String key) {
    Optional<YamlNode.Mapping> m = root.mapping("metadata").flatMap(x -> x.mapping(key));
    return m.map(LabelSelector::strings).orElse(Map.of());
  }
}
