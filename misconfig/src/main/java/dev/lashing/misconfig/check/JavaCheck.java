package dev.lashing.misconfig.check;

import java.util.Map;

/**
 * Check logic written in Java where CEL would not read naturally. It sees the same variables as a
 * CEL expression of its scope (see {@link Scope}) and returns the same kinds of values (see {@link
 * Logic}).
 */
@FunctionalInterface
public interface JavaCheck {
  Object evaluate(Map<String, Object> variables);
}
