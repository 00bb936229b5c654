package dev.lashing.sbom.cyclonedx;

import java.util.List;
import java.util.Objects;
import org.cyclonedx.model.Property;
import org.jspecify.annotations.Nullable;

/** Lookups in a component's property list. */
final class Properties {
  private Properties() {}

  static @Nullable String first(@Nullable List<Property> props, String name) {
    List<String> all = all(props, name);
    return all.isEmpty() ? null : all.getFirst();
  }

  static List<String> all(@Nullable List<Property> props, String name) {
    if (props == null) {
      return List.of();
    }
    return props.stream()
        .filter(p -> name.equals(p.getName()))
        .map(Property::getValue)
        .filter(Objects::nonNull)
        .toList();
  }
}
