package dev.lashing.misconfig.netpol;

import dev.lashing.misconfig.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Small, forgiving reads of raw manifest fields: a wrong shape reads as absent. */
final class Yaml {
  private Yaml() {}

  static Optional<YamlNode.Mapping> mapping(YamlNode.@Nullable Mapping m, String... path) {
    YamlNode.Mapping cur = m;
    for (String key : path) {
      if (cur == null) {
        return Optional.empty();
      }
      cur = cur.mapping(key).orElse(null);
    }
    return Optional.ofNullable(cur);
  }

  static List<YamlNode> list(YamlNode.@Nullable Mapping m, String key) {
    return m == null ? List.of() : m.sequence(key).map(YamlNode.Sequence::items).orElse(List.of());
  }

  static List<YamlNode.Mapping> mappings(YamlNode.@Nullable Mapping m, String key) {
    return list(m, key).stream()
        .filter(n -> n instanceof YamlNode.Mapping)
        .map(n -> (YamlNode.Mapping) n)
        .toList();
  }

  /** A mapping of scalars as strings (labels, selectors); non-scalar values are skipped. */
  static Map<String, String> strings(YamlNode.@Nullable Mapping m) {
    Map<String, String> out = new LinkedHashMap<>();
    if (m != null) {
      for (YamlNode.Entry e : m.entries()) {
        if (e.value() instanceof YamlNode.Scalar s && !s.isNull()) {
          out.put(e.key().value(), s.value());
        }
      }
    }
    return out;
  }

  static @Nullable Integer integer(YamlNode.@Nullable Mapping m, String key) {
    String t = m == null ? null : m.text(key);
    if (t == null || !t.matches("\\d{1,9}")) {
      return null;
    }
    return Integer.parseInt(t);
  }

  static int line(YamlNode node) {
    return node.position().line();
  }
}
