package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Reads label selectors; a malformed one selects nothing and is reported as a note. */
final class Selectors {
  static final LabelSelector INVALID = new LabelSelector(java.util.Map.of(), List.of(), false);

  private Selectors() {}

  static LabelSelector parse(YamlNode node, String where, Consumer<String> notes) {
    if (node instanceof YamlNode.Scalar s && s.isNull()) {
      return LabelSelector.EVERYTHING;
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      notes.accept(where + ": selector is not a mapping; it selects nothing");
      return INVALID;
    }
    List<LabelSelector.Requirement> reqs = new ArrayList<>();
    boolean valid = true;
    for (YamlNode item : Yaml.list(m, "matchExpressions")) {
      if (!(item instanceof YamlNode.Mapping e) || e.text("key") == null) {
        notes.accept(
            where + ": matchExpressions entry without a key; the selector selects nothing");
        valid = false;
        continue;
      }
      Set<String> values = new LinkedHashSet<>();
      for (YamlNode v : Yaml.list(e, "values")) {
        if (v instanceof YamlNode.Scalar sv && !sv.isNull()) {
          values.add(sv.value());
        }
      }
      String op = String.valueOf(e.text("operator"));
      LabelSelector.Operator operator =
          switch (op) {
            case "In" -> LabelSelector.Operator.IN;
            case "NotIn" -> LabelSelector.Operator.NOT_IN;
            case "Exists" -> LabelSelector.Operator.EXISTS;
            case "DoesNotExist" -> LabelSelector.Operator.DOES_NOT_EXIST;
            default -> null;
          };
      boolean needsValues =
          operator == LabelSelector.Operator.IN || operator == LabelSelector.Operator.NOT_IN;
      if (operator == null || needsValues == values.isEmpty()) {
        notes.accept(
            where
                + ":"
                + Yaml.line(e)
                + ": invalid matchExpressions operator/values ("
                + op
                + "); the selector selects nothing");
        valid = false;
        continue;
      }
      reqs.add(new LabelSelector.Requirement(e.text("key"), operator, values));
    }
    return new LabelSelector(Yaml.strings(m.mapping("matchLabels").orElse(null)), reqs, valid);
  }
}
