package dev.lashing.image.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An authentication challenge from a {@code WWW-Authenticate} header (RFC 7235). */
sealed interface Challenge {

  /** Token authentication: fetch a token from {@code realm} (the Docker token spec). */
  record Bearer(String realm, @Nullable String service, @Nullable String scope)
      implements Challenge {}

  /** HTTP basic authentication. */
  record Basic(@Nullable String realm) implements Challenge {}

  /** Parses all challenges of all header values; unknown schemes are skipped. */
  static List<Challenge> parse(List<String> headers) {
    List<Challenge> out = new ArrayList<>();
    for (String h : headers) {
      Parser p = new Parser(h);
      while (p.more()) {
        String scheme = p.token();
        if (scheme.isEmpty()) {
          p.skip();
          continue;
        }
        Map<String, String> params = p.params();
        switch (scheme.toLowerCase(Locale.ROOT)) {
          case "bearer" -> {
            String realm = params.get("realm");
            if (realm != null && !realm.isBlank()) {
              out.add(new Bearer(realm, params.get("service"), params.get("scope")));
            }
          }
          case "basic" -> out.add(new Basic(params.get("realm")));
          default -> {}
        }
      }
    }
    return out;
  }

  /** A small tokenizer for {@code scheme k=v, k="quoted", scheme2 ...}. */
  final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    boolean more() {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ',')) {
        i++;
      }
      return i < s.length();
    }

    void skip() {
      i++;
    }

    String token() {
      int start = i;
      while (i < s.length() && " ,=\"".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      return s.substring(start, i);
    }

    /** Reads {@code k=v} pairs until the next scheme (a token not followed by '='). */
    Map<String, String> params() {
      Map<String, String> params = new HashMap<>();
      while (more()) {
        int save = i;
        String key = token();
        while (i < s.length() && s.charAt(i) == ' ') {
          i++;
        }
        if (key.isEmpty() || i >= s.length() || s.charAt(i) != '=') {
          i = save;
          if (key.isEmpty()) {
            skip();
            continue;
          }
          return params;
        }
        i++;
        while (i < s.length() && s.charAt(i) == ' ') {
          i++;
        }
        params.put(
            key.toLowerCase(Locale.ROOT),
            i < s.length() && s.charAt(i) == '"' ? quoted() : token());
      }
      return params;
    }

    private String quoted() {
      StringBuilder b = new StringBuilder();
      i++;
      while (i < s.length() && s.charAt(i) != '"') {
        char c = s.charAt(i++);
        if (c == '\\' && i < s.length()) {
          c = s.charAt(i++);
        }
        b.append(c);
      }
      i++;
      return b.toString();
    }
  }
}
