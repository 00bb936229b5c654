package dev.lashing.misconfig.yaml;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A YAML value with the position where it starts. Mappings keep their keys' positions too. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  Position position();

  /** The scalar's resolved type (YAML 1.1 core schema as SnakeYAML resolves it). */
  enum ScalarType {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }

  record Scalar(String value, ScalarType type, Position position) implements YamlNode {
    public boolean isNull() {
      return type == ScalarType.NULL;
    }
  }

  record Sequence(List<YamlNode> items, Position position) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** One key of a mapping; the key's position is where a finding about this entry points. */
  record Entry(Scalar key, YamlNode value) {}

  record Mapping(List<Entry> entries, Position position) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The entry for {@code key}; with duplicate keys the last one wins, as in Kubernetes. */
    public Optional<Entry> entry(String key) {
      Entry found = null;
      for (Entry e : entries) {
        if (e.key().value().equals(key)) {
          found = e;
        }
      }
      return Optional.ofNullable(found);
    }

    public Optional<YamlNode> get(String key) {
      return entry(key).map(Entry::value);
    }

    /** The child mapping at {@code key}, if that is a mapping. */
    public Optional<Mapping> mapping(String key) {
      return get(key).flatMap(n -> n instanceof Mapping m ? Optional.of(m) : Optional.empty());
    }

    /** The child sequence at {@code key}, if that is a sequence. */
    public Optional<Sequence> sequence(String key) {
      return get(key).flatMap(n -> n instanceof Sequence s ? Optional.of(s) : Optional.empty());
    }

    /** The scalar text at {@code key}, or null when absent, null or not a scalar. */
    public @Nullable String text(String key) {
      return get(key)
          .map(n -> n instanceof Scalar s && !s.isNull() ? s.value() : null)
          .orElse(null);
    }
  }
}
