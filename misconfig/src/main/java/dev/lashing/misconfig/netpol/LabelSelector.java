package dev.lashing.misconfig.netpol;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Kubernetes label selector: every {@code matchLabels} pair and every {@code matchExpressions}
 * requirement must hold (an empty selector selects everything). {@code valid} is false for a
 * selector the API server would reject (unknown operator, values where none are allowed); such a
 * selector selects nothing here.
 */
public record LabelSelector(
    Map<String, String> matchLabels, List<Requirement> expressions, boolean valid) {

  public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of(), true);

  public LabelSelector {
    matchLabels = Map.copyOf(matchLabels);
    expressions = List.copyOf(expressions);
  }

  /** One {@code matchExpressions} entry. */
  public record Requirement(String key, Operator operator, Set<String> values) {
    public Requirement {
      values = Set.copyOf(values);
    }

    boolean matches(Map<String, String> labels) {
      String v = labels.get(key);
      return switch (operator) {
        case IN -> v != null && values.contains(v);
        case NOT_IN -> v == null || !values.contains(v);
        case EXISTS -> v != null;
        case DOES_NOT_EXIST -> v == null;
      };
    }
  }

  /** The four set-based operators. */
  public enum Operator {
    IN,
    NOT_IN,
    EXISTS,
    DOES_NOT_EXIST
  }

  public boolean isEmpty() {
    return valid && matchLabels.isEmpty() && expressions.isEmpty();
  }

  public boolean matches(Map<String, String> labels) {
    if (!valid) {
      return false;
    }
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Requirement r : expressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }
}
