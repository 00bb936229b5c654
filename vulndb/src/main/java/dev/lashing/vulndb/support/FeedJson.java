package dev.lashing.vulndb.support;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/** Mappers with read limits and message helpers for the feed parsers. */
public final class FeedJson {

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(100)
          .maxStringLength(16 << 20)
          .maxNameLength(1 << 16)
          .maxNumberLength(100)
          .build();

  /** JSON with nesting, string and number limits; safe for hostile input. */
  public static final ObjectMapper JSON =
      new JsonMapper(
          com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(LIMITS).build());

  /** YAML (no aliases beyond a few, bounded document size) on the same tree model. */
  public static final ObjectMapper YAML = yaml();

  private FeedJson() {}

  private static ObjectMapper yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(100);
    options.setCodePointLimit(64 << 20);
    return new YAMLMapper(
        YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build());
  }

  /** {@code line L column C} of the parser's current position. */
  public static String at(JsonParser p) {
    return at(p.currentLocation());
  }

  /** {@code line L column C} of an exception's position, or "unknown position". */
  public static String at(JacksonException e) {
    return at(e.getLocation());
  }

  private static String at(@Nullable JsonLocation l) {
    if (l == null || l.getLineNr() < 0) {
      return "unknown position";
    }
    return "line " + l.getLineNr() + " column " + l.getColumnNr();
  }

  /** The exception's own message on one line, without Jackson's source excerpt. */
  public static String reason(JacksonException e) {
    String m = e.getOriginalMessage();
    return clip(m == null ? e.getClass().getSimpleName() : m);
  }

  /** Untrusted text for an error message: one line, at most 80 characters. */
  public static String clip(@Nullable String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), 81));
    for (int i = 0; i < s.length() && b.length() < 80; i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return s.length() > 80 ? b + "…" : b.toString();
  }

  /** A text value of a field, or null when absent, null or not a scalar. */
  public static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  /**
   * An ISO-8601 timestamp: with offset ({@code 2024-08-22T19:15:09+00:00}), with {@code Z}, or
   * without zone (NVD's {@code 2023-10-12T19:15:11.747}, read as UTC); null when absent.
   *
   * @throws IllegalArgumentException naming the value when it is none of those
   */
  public static @Nullable Instant instant(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("not an ISO-8601 timestamp: '" + clip(t) + "'", e2);
      }
    }
  }
}
