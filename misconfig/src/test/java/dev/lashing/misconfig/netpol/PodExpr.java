package dev.lashing.misconfig.netpol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * network-config-analyzer's pod descriptors in its fw-rules output ({@code *}, a workload name,
 * {@code app=x}, {@code app!=x}, {@code app in (a,b)}, {@code app not in (a,b)}, {@code has(k)},
 * {@code !has(k)}, combined with {@code and}/{@code or} and parentheses or braces), as a predicate
 * over a workload. Test helper for the conformance run.
 */
final class PodExpr {
  private final List<String> tokens;
  private int pos;

  private PodExpr(String text) {
    tokens = tokenize(text);
  }

  static Predicate<Endpoint.Workload> parse(String text) {
    if (text.trim().equals("*")) {
      return w -> true;
    }
    PodExpr p = new PodExpr(text);
    Predicate<Endpoint.Workload> e = p.or();
    if (p.pos != p.tokens.size()) {
      throw new IllegalArgumentException("cannot parse pod descriptor: " + text);
    }
    return e;
  }

  private static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if ("(){},".indexOf(c) >= 0) {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '=') {
        out.add("!=");
        i += 2;
      } else if (c == '!' || c == '=') {
        out.add(String.valueOf(c));
        i++;
      } else {
        int j = i;
        while (j < s.length() && "(){}, =!".indexOf(s.charAt(j)) < 0) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }

  private String peek() {
    return pos < tokens.size() ? tokens.get(pos) : "";
  }

  private String next() {
    if (pos >= tokens.size()) {
      throw new IllegalArgumentException("unexpected end of pod descriptor " + tokens);
    }
    return tokens.get(pos++);
  }

  private void expect(String t) {
    String got = next();
    if (!got.equals(t)) {
      throw new IllegalArgumentException("expected " + t + " got " + got + " in " + tokens);
    }
  }

  private Predicate<Endpoint.Workload> or() {
    Predicate<Endpoint.Workload> e = and();
    while (peek().equals("or")) {
      next();
      e = e.or(and());
    }
    return e;
  }

  private Predicate<Endpoint.Workload> and() {
    Predicate<Endpoint.Workload> e = atom();
    while (peek().equals("and")) {
      next();
      e = e.and(atom());
    }
    return e;
  }

  private Predicate<Endpoint.Workload> atom() {
    String t = next();
    switch (t) {
      case "(", "{" -> {
        Predicate<Endpoint.Workload> e = or();
        expect(t.equals("(") ? ")" : "}");
        return e;
      }
      case "!" -> {
        return atom().negate();
      }
      case "has" -> {
        expect("(");
        String key = next();
        expect(")");
        return w -> w.labels().containsKey(key);
      }
      default -> {
        String key = t;
        switch (peek()) {
          case "=" -> {
            next();
            String v = next();
            return w -> v.equals(w.labels().get(key));
          }
          case "!=" -> {
            next();
            String v = next();
            return w -> !v.equals(w.labels().get(key));
          }
          case "in" -> {
            next();
            Set<String> vs = list();
            return w -> vs.contains(w.labels().get(key));
          }
          case "not" -> {
            next();
            expect("in");
            Set<String> vs = list();
            return w -> !vs.contains(w.labels().get(key));
          }
          default -> {
            return w -> w.name().equals(key);
          }
        }
      }
    }
  }

  private Set<String> list() {
    expect("(");
    Set<String> out = new HashSet<>();
    while (!peek().equals(")")) {
      String v = next();
      if (!v.equals(",")) {
        out.add(v);
      }
    }
    expect(")");
    return out;
  }
}
