package dev.lashing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option can also be set by an environment variable and a config-file key of the same name,
 * as Trivy does: {@code --max-entries} is {@code LASHING_MAX_ENTRIES} and {@code max-entries:} in
 * {@code ./lashing.yaml}, {@code ~/.config/lashing/config.yaml} or the file named by {@code
 * --config} / {@code LASHING_CONFIG}. Precedence: command line, environment, config file, built-in
 * default. A config key may also sit under its command's path ({@code image: {inspect: {format:
 * json}}}), which wins over a top-level key.
 */
final class ConfigDefaults implements IDefaultValueProvider {
  static final String ENV_PREFIX = "LASHING_";

  private final Map<String, String> env;
  private final Map<String, String> file;

  private ConfigDefaults(Map<String, String> env, Map<String, String> file) {
    this.env = env;
    this.file = file;
  }

  /**
   * Reads the config files that exist (later ones override earlier: user config, then
   * ./lashing.yaml, then an explicit --config file).
   */
  /** The environment the options were read from. */
  Map<String, String> env() {
    return env;
  }

  static ConfigDefaults load(String[] args, Map<String, String> env) {
    List<Path> files = new ArrayList<>();
    String home = System.getProperty("user.home");
    String xdg = env.get("XDG_CONFIG_HOME");
    Path userDir = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
    files.add(userDir.resolve("lashing/config.yaml"));
    files.add(Path.of("lashing.yaml"));
    String explicit = explicitConfig(args, env);
    Map<String, String> values = new HashMap<>();
    for (Path p : files) {
      if (Files.isRegularFile(p)) {
        values.putAll(read(p));
      }
    }
    if (explicit != null) {
      Path p = Path.of(explicit);
      if (!Files.isRegularFile(p)) {
        throw new ConfigException(explicit + ": config file not found");
      }
      values.putAll(read(p));
    }
    return new ConfigDefaults(env, values);
  }

  /** The config file named on the command line or in LASHING_CONFIG, found before parsing. */
  private static @Nullable String explicitConfig(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--config=")) {
        return args[i].substring("--config=".length());
      }
    }
    return env.get(ENV_PREFIX + "CONFIG");
  }

  @Override
  public @Nullable String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return arg.defaultValue();
    }
    String key = key(option);
    String fromEnv = env.get(envName(key));
    if (fromEnv != null) {
      return fromEnv;
    }
    CommandLine.Model.CommandSpec cmd = option.command();
    if (cmd != null) {
      String scoped = cmd.qualifiedName(".").replaceFirst("^lashing\\.?", "");
      String v = scoped.isEmpty() ? null : file.get(scoped + "." + key);
      if (v != null) {
        return v;
      }
    }
    String v = file.get(key);
    return v != null ? v : option.defaultValue();
  }

  /** The option's longest name without dashes: {@code --max-entries} → {@code max-entries}. */
  static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }

  static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static Map<String, String> read(Path p) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode root;
    try {
      root = yaml.readTree(p.toFile());
    } catch (IOException e) {
      throw new ConfigException(
          p
              + ": not valid YAML ("
              + ErrorHandler.message(e).replaceAll(" at \\[Source.*", "")
              + ")");
    }
    Map<String, String> out = new HashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return out;
    }
    if (!root.isObject()) {
      throw new ConfigException(p + ": config must be a mapping of option names to values");
    }
    flatten("", root, out, p);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out, Path p) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(key + ".", v, out, p);
      } else if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(x -> items.add(x.asText()));
        out.put(key, String.join(",", items));
      } else if (!v.isNull()) {
        out.put(key, v.asText());
      }
    }
  }

  /** A config file that cannot be used. */
  static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigException(String message) {
      super(message);
    }
  }
}
