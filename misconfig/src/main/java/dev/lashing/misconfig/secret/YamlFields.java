package dev.lashing.misconfig.secret;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Typed access to one YAML mapping of a rules or config file, with file:line errors. */
final class YamlFields {
  private final String source;
  private final YamlNode.Mapping map;

  YamlFields(String source, YamlNode.Mapping map, Set<String> keys) throws MisconfigException {
    this.source = source;
    this.map = map;
    for (YamlNode.Entry e : map.entries()) {
      if (!keys.contains(e.key().value())) {
        throw MisconfigException.at(
            source,
            e.key().position().line(),
            "unknown key '" + e.key().value() + "' (expected one of " + sorted(keys) + ")");
      }
    }
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", keys.stream().sorted().toList());
  }

  int line() {
    return map.position().line();
  }

  int line(String key) {
    return map.entry(key).map(e -> e.key().position().line()).orElse(map.position().line());
  }

  String required(String key) throws MisconfigException {
    String v = optional(key);
    if (v == null || v.isBlank()) {
      throw MisconfigException.at(source, line(), "missing '" + key + "'");
    }
    return v;
  }

  @Nullable String optional(String key) throws MisconfigException {
    YamlNode n = map.get(key).orElse(null);
    if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
      return null;
    }
    if (!(n instanceof YamlNode.Scalar s)) {
      throw MisconfigException.at(source, line(key), "'" + key + "' must be a single value");
    }
    return s.value();
  }

  List<String> list(String key) throws MisconfigException {
    YamlNode n = map.get(key).orElse(null);
    if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
      return List.of();
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      throw MisconfigException.at(source, line(key), "'" + key + "' must be a list");
    }
    List<String> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
        throw MisconfigException.at(
            source, item.position().line(), "'" + key + "' items must be single values");
      }
      out.add(s.value());
    }
    return out;
  }

  List<YamlNode.Mapping> mappings(String key) throws MisconfigException {
    YamlNode n = map.get(key).orElse(null);
    if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
      return List.of();
    }
    if (!(n instanceof YamlNode.Sequence seq)) {
      throw MisconfigException.at(source, line(key), "'" + key + "' must be a list");
    }
    List<YamlNode.Mapping> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping m)) {
        throw MisconfigException.at(
            source, item.position().line(), "'" + key + "' items must be mappings");
      }
      out.add(m);
    }
    return out;
  }

  int integer(String key, int dflt, int min, int max) throws MisconfigException {
    String v = optional(key);
    if (v == null) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v.strip());
      if (i < min || i > max) {
        throw new NumberFormatException();
      }
      return i;
    } catch (NumberFormatException e) {
      throw MisconfigException.at(
          source, line(key), "'" + key + "' must be a whole number from " + min + " to " + max);
    }
  }

  double decimal(String key, double min, double max) throws MisconfigException {
    String v = optional(key);
    if (v == null) {
      return 0;
    }
    try {
      double d = Double.parseDouble(v.strip());
      if (!(d >= min && d <= max)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw MisconfigException.at(
          source, line(key), "'" + key + "' must be a number from " + min + " to " + max);
    }
  }

  boolean bool(String key) throws MisconfigException {
    String v = optional(key);
    if (v == null) {
      return false;
    }
    return switch (v.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw MisconfigException.at(source, line(key), "'" + key + "' must be true/false");
    };
  }
}
