package dev.lashing.report.config;

import dev.lashing.match.ignore.IgnoreRule;
import dev.lashing.match.ignore.IgnoreRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code .lashingignore.yaml} for configuration checks. The file and its schema are shared
 * with the vulnerability scanner and parsed by {@link IgnoreRules}; entries naming a {@code
 * package} only concern vulnerabilities, the check id and path glob are what count here.
 */
public final class IgnoreFile {
  /** The name looked for in the current directory. */
  public static final String DEFAULT_NAME = IgnoreRules.DEFAULT_NAME;

  private IgnoreFile() {}

  /**
   * @throws IOException with a one-line message naming the file and entry when it cannot be used
   */
  public static List<IgnoreEntry> read(Path file) throws IOException {
    return entries(IgnoreRules.read(file));
  }

  /** Parses ignore-file text; {@code name} is used in messages and entry sources. */
  public static List<IgnoreEntry> parse(String name, String text) throws IOException {
    return entries(IgnoreRules.parse(name, text));
  }

  private static List<IgnoreEntry> entries(List<IgnoreRule> rules) {
    return rules.stream()
        .map(r -> new IgnoreEntry(r.id(), r.path(), r.reason(), r.owner(), r.expires(), r.source()))
        .toList();
  }
}
