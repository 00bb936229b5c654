package dev.lashing.misconfig.check;

import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlNode;
import dev.lashing.misconfig.yaml.YamlValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Interprets what check logic returned, and resolves paths to positions. */
final class Results {
  private Results() {}

  /** A result as a flat list of booleans, strings (paths) and longs (lines). */
  static List<Object> flatten(@Nullable Object result) {
    List<Object> out = new ArrayList<>();
    switch (result) {
      case null -> {}
      case Iterable<?> items -> items.forEach(i -> out.addAll(flatten(i)));
      case Integer i -> out.add(i.longValue());
      default -> out.add(result);
    }
    return out;
  }

  /**
   * The nodes paths are resolved against: the scope's node; {@code /} prefix for the object root,
   * {@code ^} for the pod spec, {@code ~} for the pod template's metadata.
   */
  record Bases(YamlNode root, YamlNode scope, YamlNode podSpec, YamlNode podMeta) {}

  /** The position of the first present path of {@code paths}, else {@code fallback}. */
  static Position firstOf(List<String> paths, Bases bases, Position fallback) {
    for (String path : paths) {
      Optional<Position> p =
          switch (path.isEmpty() ? ' ' : path.charAt(0)) {
            case '/' -> YamlValues.positionOf(bases.root(), path.substring(1));
            case '^' -> YamlValues.positionOf(bases.podSpec(), path.substring(1));
            case '~' -> YamlValues.positionOf(bases.podMeta(), path.substring(1));
            default -> YamlValues.positionOf(bases.scope(), path);
          };
      if (p.isPresent()) {
        return p.get();
      }
    }
    return fallback;
  }
}
