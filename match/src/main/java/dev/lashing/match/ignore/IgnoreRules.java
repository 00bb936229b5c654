package dev.lashing.match.ignore;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code .lashingignore.yaml}, the one ignore file of every scanner: a list of entries, each
 * {@code id} and {@code reason} (required), {@code path} (a glob), {@code package} (a purl pattern
 * with {@code *}), {@code owner} and {@code expires} ({@code YYYY-MM-DD}, the last day it holds).
 * Unknown keys are errors, so a typo never silently widens or narrows an ignore.
 *
 * <pre>{@code
 * - id: CVE-2021-44228
 *   package: pkg:maven/org.apache.logging.log4j/log4j-core@*
 *   reason: JndiLookup class removed from the jar at build time
 *   owner: platform-team
 *   expires: 2026-06-30
 * }</pre>
 */
public final class IgnoreRules {
  /** The name looked for in the current directory. */
  public static final String DEFAULT_NAME = ".lashingignore.yaml";

  private static final int MAX_BYTES = 1 << 20;
  private static final List<String> KEYS =
      List.of("id", "path", "package", "reason", "owner", "expires");

  private IgnoreRules() {}

  /**
   * @throws IOException with a one-line message naming the file and entry when it cannot be used
   */
  public static List<IgnoreRule> read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new IOException(file + ": ignore file larger than 1 MiB");
    }
    return parse(file.toString(), new String(bytes, StandardCharsets.UTF_8));
  }

  /** Parses ignore-file text; {@code name} is used in messages and entry sources. */
  public static List<IgnoreRule> parse(String name, String text) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (JacksonException e) {
      throw new IOException(name + ": not valid YAML: " + e.getOriginalMessage());
    }
    List<IgnoreRule> out = new ArrayList<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return out;
    }
    if (!root.isArray()) {
      throw new IOException(name + ": expected a list of entries (- id: ..., reason: ...)");
    }
    int n = 0;
    for (JsonNode e : root) {
      n++;
      out.add(entry(name + " entry " + n, e));
    }
    return out;
  }

  private static IgnoreRule entry(String where, JsonNode e) throws IOException {
    if (!e.isObject()) {
      throw new IOException(where + ": expected a mapping with id and reason");
    }
    for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new IOException(
            where + ": unknown key '" + key + "' (expected " + String.join(", ", KEYS) + ")");
      }
    }
    String id = text(e, "id");
    String reason = text(e, "reason");
    if (id == null || reason == null) {
      throw new IOException(where + ": 'id' and 'reason' are required");
    }
    String expires = text(e, "expires");
    LocalDate date = null;
    if (expires != null) {
      try {
        date = LocalDate.parse(expires);
      } catch (DateTimeParseException x) {
        throw new IOException(where + ": 'expires' must be a date YYYY-MM-DD, not " + expires);
      }
    }
    return new IgnoreRule(
        id, text(e, "path"), text(e, "package"), reason, text(e, "owner"), date, where);
  }

  private static @Nullable String text(JsonNode e, String key) {
    JsonNode v = e.get(key);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }
}
