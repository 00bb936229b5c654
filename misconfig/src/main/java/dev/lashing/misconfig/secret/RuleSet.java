package dev.lashing.misconfig.secret;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.lashing.misconfig.MisconfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The compiled rules of one scan and the matching itself. Content is read as ISO-8859-1 (one
 * character per byte, so any byte sequence is text and columns count bytes). A rule with keywords
 * runs only on the lines holding one of them (the whole text for a multiline rule), so most rules
 * never run on most files; RE2/J keeps every run linear in the input.
 */
final class RuleSet {
  /** Hits kept per file; a file with more is reported with the first ones only. */
  static final int MAX_HITS_PER_FILE = 1000;

  record Compiled(SecretRule rule, Pattern regex, List<Pattern> allow, @Nullable Pattern paths) {}

  /**
   * One secret at {@code [start, end)} of the text, reported at {@code at}: the secret's start, or
   * for a multiline rule the start of the whole match (a key block's BEGIN line).
   */
  record Hit(SecretRule rule, int start, int end, int at, String secret) {}

  private final List<Compiled> rules;
  private final List<Pattern> allowRegexes;
  private final List<PathMatcher> allowPaths;

  private RuleSet(List<Compiled> rules, List<Pattern> allowRegexes, List<PathMatcher> allowPaths) {
    this.rules = rules;
    this.allowRegexes = allowRegexes;
    this.allowPaths = allowPaths;
  }

  /** The built-in configuration merged with {@code user}. */
  static RuleSet of(SecretConfig builtIn, SecretConfig user) throws MisconfigException {
    Map<String, SecretRule> byId = new LinkedHashMap<>();
    builtIn.rules().forEach(r -> byId.put(r.id(), r));
    for (SecretRule r : user.rules()) {
      if (byId.putIfAbsent(r.id(), r) != null) {
        throw new MisconfigException(
            "secret rule " + r.id() + " is built in; give your rule another id or disable it");
      }
    }
    Set<String> unknown = new HashSet<>(user.disabled());
    unknown.removeAll(byId.keySet());
    if (!unknown.isEmpty()) {
      throw new MisconfigException(
          "unknown secret rule id(s) to disable: "
              + String.join(", ", unknown.stream().sorted().toList()));
    }
    List<Compiled> compiled = new ArrayList<>();
    for (SecretRule r : byId.values()) {
      if (!user.disabled().contains(r.id())) {
        compiled.add(compile(r));
      }
    }
    List<Pattern> allow = new ArrayList<>();
    for (String a : concat(builtIn.allowRegexes(), user.allowRegexes())) {
      allow.add(Pattern.compile(a));
    }
    List<PathMatcher> paths = new ArrayList<>();
    for (String g : concat(builtIn.allowPaths(), user.allowPaths())) {
      paths.add(Globs.compile(g));
    }
    return new RuleSet(List.copyOf(compiled), List.copyOf(allow), List.copyOf(paths));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Compiled compile(SecretRule r) {
    List<Pattern> allow = r.allow().stream().map(Pattern::compile).toList();
    Pattern paths = r.paths() == null ? null : Pattern.compile(r.paths());
    return new Compiled(r, Pattern.compile(r.regex()), allow, paths);
  }

  List<SecretRule> rules() {
    return rules.stream().map(Compiled::rule).toList();
  }

  /** True when an allowed-path glob matches {@code absolutePath}. */
  boolean pathAllowed(String absolutePath) {
    return Globs.any(allowPaths, absolutePath);
  }

  /** True when the content looks binary: a NUL byte in its first 8000 bytes (as git decides). */
  static boolean binary(byte[] content) {
    int n = Math.min(content.length, 8000);
    for (int i = 0; i < n; i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Every hit in {@code content}, in text order; {@code path} selects path-restricted rules. */
  List<Hit> match(String path, byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    String lower = null;
    List<Hit> hits = new ArrayList<>();
    for (Compiled c : rules) {
      if (hits.size() >= MAX_HITS_PER_FILE) {
        break;
      }
      if (c.paths() != null && !c.paths().matcher(path).find()) {
        continue;
      }
      List<String> kws = c.rule().keywords();
      if (kws.isEmpty()) {
        run(c, text, 0, text.length(), hits);
        continue;
      }
      if (lower == null) {
        lower = asciiLower(content);
      }
      if (c.rule().multiline()) {
        if (kws.stream().anyMatch(lower::contains)) {
          run(c, text, 0, text.length(), hits);
        }
        continue;
      }
      for (Map.Entry<Integer, Integer> line : lines(lower, kws).entrySet()) {
        run(c, text, line.getKey(), line.getValue(), hits);
      }
    }
    return dropShadowed(hits);
  }

  /** Start → end of every line holding one of {@code keywords}. */
  private static TreeMap<Integer, Integer> lines(String lower, List<String> keywords) {
    TreeMap<Integer, Integer> out = new TreeMap<>();
    for (String kw : keywords) {
      int from = 0;
      while (from < lower.length()) {
        int at = lower.indexOf(kw, from);
        if (at < 0) {
          break;
        }
        int start = lower.lastIndexOf('\n', at) + 1;
        int end = lower.indexOf('\n', at);
        if (end < 0) {
          end = lower.length();
        }
        out.put(start, end);
        from = end + 1;
      }
    }
    return out;
  }

  private void run(Compiled c, String text, int from, int to, List<Hit> hits) {
    String seg = from == 0 && to == text.length() ? text : text.substring(from, to);
    Matcher m = c.regex().matcher(seg);
    int g = c.rule().secretGroup();
    while (m.find() && hits.size() < MAX_HITS_PER_FILE) {
      int s = m.start(g);
      int e = m.end(g);
      if (s < 0) {
        continue;
      }
      while (s < e && (Character.isWhitespace(seg.charAt(s)) || escapedNewline(seg, s, e))) {
        s += Character.isWhitespace(seg.charAt(s)) ? 1 : 2;
      }
      while (e > s && Character.isWhitespace(seg.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      String secret = seg.substring(s, e);
      if (c.rule().entropy() > 0 && Entropy.shannon(secret) < c.rule().entropy()) {
        continue;
      }
      if (anyFind(c.allow(), m.group()) || anyFind(allowRegexes, secret)) {
        continue;
      }
      int at = c.rule().multiline() ? m.start() : s;
      hits.add(new Hit(c.rule(), from + s, from + e, from + at, secret));
    }
  }

  /** A literal {@code \\n} (a key block inside a JSON string) at {@code i}. */
  private static boolean escapedNewline(String seg, int i, int end) {
    return i + 1 < end && seg.charAt(i) == '\\' && seg.charAt(i + 1) == 'n';
  }

  private static boolean anyFind(List<Pattern> patterns, String s) {
    for (Pattern p : patterns) {
      if (p.matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  /** Drops a generic rule's hit that overlaps a specific rule's hit; sorts by position. */
  private static List<Hit> dropShadowed(List<Hit> hits) {
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.rule().id()));
    List<Hit> specific = hits.stream().filter(h -> !h.rule().generic()).toList();
    List<Hit> out = new ArrayList<>();
    Hit last = null;
    for (Hit h : hits) {
      boolean sameSpan = last != null && last.start() == h.start() && last.end() == h.end();
      if (!sameSpan
          && (!h.rule().generic()
              || specific.stream().noneMatch(o -> o.start() < h.end() && h.start() < o.end()))) {
        out.add(h);
        last = h;
      }
    }
    return out;
  }

  /** ASCII lower case, byte for byte (so offsets match the ISO-8859-1 text). */
  private static String asciiLower(byte[] content) {
    byte[] b = content.clone();
    for (int i = 0; i < b.length; i++) {
      if (b[i] >= 'A' && b[i] <= 'Z') {
        b[i] += 32;
      }
    }
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
