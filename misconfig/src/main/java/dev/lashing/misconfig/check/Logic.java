package dev.lashing.misconfig.check;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a check decides. Both kinds return the same values: {@code true}/{@code false}; a path or a
 * list of paths (Kubernetes, relative to the scope's node, {@code /} prefix for the object root)
 * where the check fails; or a line number or list of line numbers (Dockerfile). An empty list or
 * {@code false} passes. For {@code true}, {@code at} names candidate paths: the first present one
 * is where the finding points, else the scope's own position.
 */
public sealed interface Logic permits Logic.Cel, Logic.Java {

  List<String> at();

  @Nullable String message();

  record Cel(String expression, List<String> at, @Nullable String message) implements Logic {
    public Cel {
      at = List.copyOf(at);
    }
  }

  /** A small Java check from {@link JavaChecks}, named in the check file as {@code class:}. */
  record Java(String name, List<String> at, @Nullable String message) implements Logic {
    public Java {
      at = List.copyOf(at);
    }
  }
}
