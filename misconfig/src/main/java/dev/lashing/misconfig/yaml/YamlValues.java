package dev.lashing.misconfig.yaml;

import dev.cel.common.values.NullValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plain Java views of {@link YamlNode}s (maps, lists, strings, longs, doubles, booleans, CEL null)
 * and position look-ups by path.
 */
public final class YamlValues {
  private YamlValues() {}

  /** The node as a CEL-friendly value; mappings become insertion-ordered maps. */
  public static Object toJava(YamlNode node) {
    return switch (node) {
      case YamlNode.Scalar s -> scalar(s);
      case YamlNode.Sequence seq -> {
        List<Object> out = new ArrayList<>(seq.items().size());
        seq.items().forEach(i -> out.add(toJava(i)));
        yield out;
      }
      case YamlNode.Mapping m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        m.entries().forEach(e -> out.put(e.key().value(), toJava(e.value())));
        yield out;
      }
    };
  }

  private static Object scalar(YamlNode.Scalar s) {
    String v = s.value();
    return switch (s.type()) {
      case NULL -> NullValue.NULL_VALUE;
      case BOOL -> {
        String lower = v.toLowerCase(Locale.ROOT);
        yield lower.equals("true")
            || lower.equals("yes")
            || lower.equals("on")
            || lower.equals("y");
      }
      case INT -> parseLong(v);
      case FLOAT -> {
        try {
          yield Double.parseDouble(v.replace("_", ""));
        } catch (NumberFormatException e) {
          yield v;
        }
      }
      case STRING -> v;
    };
  }

  private static Object parseLong(String v) {
    String clean = v.replace("_", "");
    try {
      if (clean.startsWith("0o")) {
        return Long.parseLong(clean.substring(2), 8);
      }
      return Long.decode(clean);
    } catch (NumberFormatException e) {
      return v;
    }
  }

  /**
   * The node at {@code path} below {@code root}: dot-separated keys, {@code [n]} list indexes and
   * {@code ['key.with.dots']} quoted keys and {@code [*]} (the first item under which the rest of
   * the path exists), e.g. {@code securityContext.capabilities.add[0]}, {@code ports[*].hostPort}.
   */
  public static Optional<YamlNode> at(YamlNode root, String path) {
    return locate(root, path).map(Located::node);
  }

  /**
   * Where a finding about {@code path} points: the key's position for a mapping entry (so a block
   * value points at its key line), the item's position for a list element.
   */
  public static Optional<Position> positionOf(YamlNode root, String path) {
    return locate(root, path).map(Located::position);
  }

  private record Located(YamlNode node, Position position) {}

  private static Optional<Located> locate(YamlNode root, String path) {
    return locate(new Located(root, root.position()), YamlPath.segments(path), 0);
  }

  private static Optional<Located> locate(Located current, List<String> segments, int k) {
    if (k == segments.size()) {
      return Optional.of(current);
    }
    String segment = segments.get(k);
    YamlNode node = current.node();
    if (segment.equals("[*]") && node instanceof YamlNode.Sequence seq) {
      for (YamlNode item : seq.items()) {
        Optional<Located> found = locate(new Located(item, item.position()), segments, k + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (segment.startsWith("[") && node instanceof YamlNode.Sequence seq) {
      int index;
      try {
        index = Integer.parseInt(segment.substring(1, segment.length() - 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (index < 0 || index >= seq.items().size()) {
        return Optional.empty();
      }
      YamlNode item = seq.items().get(index);
      return locate(new Located(item, item.position()), segments, k + 1);
    }
    if (!segment.startsWith("[") && node instanceof YamlNode.Mapping map) {
      Optional<YamlNode.Entry> entry = map.entry(segment);
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      return locate(
          new Located(entry.get().value(), entry.get().key().position()), segments, k + 1);
    }
    return Optional.empty();
  }
}
