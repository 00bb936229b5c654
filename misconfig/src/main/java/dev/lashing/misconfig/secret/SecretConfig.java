package dev.lashing.misconfig.secret;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a secret scan runs with: rules added to the built-in ones, rule ids turned off, paths and
 * values allowed (never reported), and the largest file read.
 *
 * <pre>{@code
 * rules: [...]                       # extra rules, same fields as secrets/rules.yaml
 * disable: [LSH-SEC-021]
 * allow-paths: ["**}{@code /testdata/**"]  # globs on the path inside the image or directory
 * allow-regexes: ["^AKIAFAKE"]        # RE2, tried against each secret value
 * max-file-size: 10MiB
 * }</pre>
 *
 * @param rules extra rules
 * @param disabled rule ids not to run
 * @param allowPaths globs ({@code *}, {@code **}, {@code ?}, {@code {a,b}}) on absolute paths
 * @param allowRegexes RE2 expressions tried against each secret
 * @param maxFileBytes files larger than this are skipped (counted in the result)
 */
public record SecretConfig(
    List<SecretRule> rules,
    Set<String> disabled,
    List<String> allowPaths,
    List<String> allowRegexes,
    long maxFileBytes) {

  /** 10 MiB: larger text files are rare and mostly data dumps. */
  public static final long DEFAULT_MAX_FILE_BYTES = 10L << 20;

  private static final Set<String> KEYS =
      Set.of("rules", "disable", "allow-paths", "allow-regexes", "max-file-size");

  public SecretConfig {
    rules = List.copyOf(rules);
    disabled = Set.copyOf(disabled);
    allowPaths = List.copyOf(allowPaths);
    allowRegexes = List.copyOf(allowRegexes);
    if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("max file size must be from 1 byte to 2GiB");
    }
  }

  public static SecretConfig defaults() {
    return new SecretConfig(List.of(), Set.of(), List.of(), List.of(), DEFAULT_MAX_FILE_BYTES);
  }

  public SecretConfig withMaxFileBytes(long bytes) {
    return new SecretConfig(rules, disabled, allowPaths, allowRegexes, bytes);
  }

  /** Reads a config file (at most 1 MiB). */
  public static SecretConfig load(Path file) throws MisconfigException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((1 << 20) + 1);
    } catch (IOException e) {
      throw new MisconfigException(file + ": cannot read secret config: " + e.getMessage(), e);
    }
    if (bytes.length > 1 << 20) {
      throw new MisconfigException(file + ": secret config larger than 1 MiB");
    }
    return parse(file.toString(), new String(bytes, StandardCharsets.UTF_8));
  }

  /** Parses a config file's text; errors name {@code source:line}. */
  public static SecretConfig parse(String source, String text) throws MisconfigException {
    List<YamlNode> docs = SecretRules.YAML.load(source, text);
    if (docs.isEmpty()) {
      return defaults();
    }
    if (docs.size() != 1 || !(docs.getFirst() instanceof YamlNode.Mapping root)) {
      throw MisconfigException.at(source, 0, "a secret config is one mapping");
    }
    YamlFields f = new YamlFields(source, root, KEYS);
    List<SecretRule> rules = SecretRules.rules(source, f.mappings("rules"));
    List<String> regexes = f.list("allow-regexes");
    for (String r : regexes) {
      SecretRules.compile(source, f.line("allow-regexes"), r);
    }
    List<String> globs = f.list("allow-paths");
    for (String g : globs) {
      try {
        Globs.compile(g);
      } catch (IllegalArgumentException e) {
        throw MisconfigException.at(source, f.line("allow-paths"), e.getMessage());
      }
    }
    long max = DEFAULT_MAX_FILE_BYTES;
    String size = f.optional("max-file-size");
    if (size != null) {
      try {
        max = parseSize(size);
      } catch (IllegalArgumentException e) {
        throw MisconfigException.at(source, f.line("max-file-size"), e.getMessage());
      }
    }
    return new SecretConfig(
        rules, Set.copyOf(f.list("disable")), new ArrayList<>(globs), regexes, max);
  }

  /** {@code 512}, {@code 64KiB}, {@code 10MiB}, {@code 1MB}; at most 2 GiB. */
  static long parseSize(String text) {
    String v = text.strip().toUpperCase(Locale.ROOT);
    long mult = 1;
    String[][] units = {
      {"KIB", "1024"},
      {"MIB", "1048576"},
      {"GIB", "1073741824"},
      {"KB", "1000"},
      {"MB", "1000000"},
      {"GB", "1000000000"},
      {"K", "1024"},
      {"M", "1048576"},
      {"G", "1073741824"},
      {"B", "1"}
    };
    for (String[] u : units) {
      if (v.endsWith(u[0])) {
        mult = Long.parseLong(u[1]);
        v = v.substring(0, v.length() - u[0].length()).strip();
        break;
      }
    }
    try {
      long n = Math.multiplyExact(Long.parseLong(v), mult);
      if (n <= 0 || n > Integer.MAX_VALUE - 8) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "not a file size from 1 byte to 2GiB: '" + text + "' (e.g. 10MiB)");
    }
  }
}
