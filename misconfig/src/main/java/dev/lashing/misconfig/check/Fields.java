package dev.lashing.misconfig.check;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Typed, strict access to one mapping of a check file, with file:line errors. */
final class Fields {
  private final String source;
  private final YamlNode.Mapping map;

  Fields(String source, YamlNode.Mapping map, Set<String> allowed) throws MisconfigException {
    this.source = source;
    this.map = map;
    for (YamlNode.Entry e : map.entries()) {
      if (!allowed.contains(e.key().value())) {
        throw MisconfigException.at(
            source,
            e.key().position().line(),
            "unknown key '" + e.key().value() + "' (expected one of " + sorted(allowed) + ")");
      }
    }
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", keys.stream().sorted().toList());
  }

  MisconfigException error(String message) {
    return MisconfigException.at(source, map.position().line(), message);
  }

  int line(@Nullable String key) {
    Position p =
        key == null
            ? map.position()
            : map.entry(key).map(e -> e.key().position()).orElse(map.position());
    return p.line();
  }

  @Nullable String optional(String key) throws MisconfigException {
    YamlNode node = map.get(key).orElse(null);
    if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
      return null;
    }
    if (!(node instanceof YamlNode.Scalar s)) {
      throw MisconfigException.at(source, line(key), "'" + key + "' must be a single value");
    }
    return s.value();
  }

  String required(String key) throws MisconfigException {
    String value = optional(key);
    if (value == null || value.isBlank()) {
      throw MisconfigException.at(source, line(null), "missing '" + key + "'");
    }
    return value;
  }

  List<String> list(String key) throws MisconfigException {
    YamlNode node = map.get(key).orElse(null);
    List<String> out = new ArrayList<>();
    if (node == null || node instanceof YamlNode.Scalar s && s.isNull()) {
      return out;
    }
    if (node instanceof YamlNode.Scalar s) {
      out.add(s.value());
      return out;
    }
    if (!(node instanceof YamlNode.Sequence seq)) {
      throw MisconfigException.at(source, line(key), "'" + key + "' must be a list");
    }
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Scalar s)) {
        throw MisconfigException.at(source, item.position().line(), "list items must be values");
      }
      out.add(s.value());
    }
    return out;
  }

  Fields child(String key, Set<String> allowed) throws MisconfigException {
    YamlNode node = map.get(key).orElse(null);
    if (node == null) {
      return new Fields(source, new YamlNode.Mapping(List.of(), map.position()), allowed);
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      throw MisconfigException.at(source, line(key), "'" + key + "' must be a mapping");
    }
    return new Fields(source, m, allowed);
  }

  List<Fields> items(String key, Set<String> allowed) throws MisconfigException {
    YamlNode node = map.get(key).orElse(null);
    List<Fields> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof YamlNode.Sequence seq)) {
      throw MisconfigException.at(source, line(key), "'" + key + "' must be a list");
    }
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping m)) {
        throw MisconfigException.at(source, item.position().line(), "expected a mapping");
      }
      out.add(new Fields(source, m, allowed));
    }
    return out;
  }
}
