package dev.lashing.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SPDX license identifiers and expressions. The list of ids is the one the CycloneDX library ships
 * ({@code spdx.schema.json}, licenses and exceptions), so an id this class accepts is one the
 * CycloneDX schema accepts.
 */
public final class Licenses {
  private static final Pattern REF =
      Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
  private static final Map<String, String> IDS = load();

  private Licenses() {}

  /** Whether {@code s} is an SPDX license or exception id, exactly as the list spells it. */
  public static boolean isSpdxId(String s) {
    return IDS.containsKey(s.toLowerCase(Locale.ROOT))
        && IDS.get(s.toLowerCase(Locale.ROOT)).equals(s);
  }

  /** Whether {@code s} is a compound expression (uses AND, OR or WITH). */
  public static boolean isCompound(String s) {
    return s.contains(" AND ") || s.contains(" OR ") || s.contains(" WITH ");
  }

  /**
   * Whether {@code s} is a valid SPDX license expression: ids (with an optional {@code +}) or
   * {@code LicenseRef-}s joined by AND / OR, exceptions after WITH, balanced parentheses.
   */
  public static boolean isValidExpression(String s) {
    List<String> tokens = tokens(s);
    if (tokens.isEmpty()) {
      return false;
    }
    int depth = 0;
    boolean wantOperand = true;
    boolean afterWith = false;
    for (String t : tokens) {
      switch (t) {
        case "(" -> {
          if (!wantOperand) {
            return false;
          }
          depth++;
        }
        case ")" -> {
          if (wantOperand || --depth < 0) {
            return false;
          }
        }
        case "AND", "OR", "WITH" -> {
          if (wantOperand) {
            return false;
          }
          wantOperand = true;
          afterWith = t.equals("WITH");
        }
        default -> {
          if (!wantOperand || !operand(t, afterWith)) {
            return false;
          }
          wantOperand = false;
          afterWith = false;
        }
      }
    }
    return depth == 0 && !wantOperand;
  }

  private static boolean operand(String t, boolean exception) {
    if (exception) {
      return isSpdxId(t) || REF.matcher(t).matches();
    }
    String id = t.endsWith("+") ? t.substring(0, t.length() - 1) : t;
    return isSpdxId(id) || REF.matcher(t).matches();
  }

  private static List<String> tokens(String s) {
    return List.of(s.replace("(", " ( ").replace(")", " ) ").strip().split("\\s+")).stream()
        .filter(t -> !t.isEmpty())
        .toList();
  }

  private static Map<String, String> load() {
    try (InputStream in = Licenses.class.getResourceAsStream("/spdx.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("spdx.schema.json missing from the CycloneDX library");
      }
      JsonNode root = JsonMapper.builder().build().readTree(in);
      Map<String, String> ids = new HashMap<>();
      root.path("enum").forEach(n -> ids.put(n.asText().toLowerCase(Locale.ROOT), n.asText()));
      return Map.copyOf(ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
