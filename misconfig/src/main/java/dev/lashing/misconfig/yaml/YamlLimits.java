package dev.lashing.misconfig.yaml;

/**
 * Caps that keep hostile YAML bounded: input size, alias count (billion laughs), nesting depth and
 * the number of nodes after alias expansion.
 */
public record YamlLimits(int maxBytes, int maxAliases, int maxDepth, int maxNodes) {
  public static final YamlLimits DEFAULTS = new YamlLimits(8 * 1024 * 1024, 50, 64, 1_000_000);

  public YamlLimits {
    if (maxBytes <= 0 || maxAliases < 0 || maxDepth <= 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("YAML limits must be positive");
    }
  }
}
