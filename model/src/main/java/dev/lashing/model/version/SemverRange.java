package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node-semver range ({@code ^1.2.3}, {@code ~1.2}, {@code >=1.0.0 <2.0.0 || 3.x}, {@code 1.2 -
 * 2}, {@code *}) as npm evaluates it. A version satisfies the range when it satisfies every
 * comparator of one of its {@code ||} sets; a pre-release version only satisfies a set that
 * mentions a pre-release of the same major.minor.patch, unless includePrerelease is set.
 */
public final class SemverRange {

  /** node-semver's options: {@code loose} parsing and {@code includePrerelease}. */
  public record Options(boolean loose, boolean includePrerelease) {
    public static final Options DEFAULT = new Options(false, false);
  }

  private final List<List<SemverComparator>> sets;
  private final Options options;

  private SemverRange(List<List<SemverComparator>> sets, Options options) {
    this.sets = sets;
    this.options = options;
  }

  /** Parses with default options; throws IllegalArgumentException for an invalid range. */
  public static SemverRange parse(String range) {
    return parse(range, Options.DEFAULT);
  }

  /** Parses; throws IllegalArgumentException naming the range when it is invalid. */
  public static SemverRange parse(String range, Options options) {
    List<List<SemverComparator>> sets = new ArrayList<>();
    for (String part : range.strip().replaceAll("\\s+", " ").split("\\|\\|", -1)) {
      List<SemverComparator> set = parseSet(part.strip(), options, range);
      if (!set.isEmpty()) {
        sets.add(set);
      }
    }
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("invalid semver range '" + range + "'");
    }
    if (sets.size() > 1) {
      List<List<SemverComparator>> nonNull =
          sets.stream().filter(s -> !s.getFirst().toString().equals("<0.0.0-0")).toList();
      if (!nonNull.isEmpty()) {
        sets = nonNull;
      }
    }
    return new SemverRange(List.copyOf(sets), options);
  }

  /** Whether {@code version} satisfies the range; invalid versions never do. */
  public boolean test(String version) {
    NodeVersion v = NodeVersion.parse(version, options.loose());
    if (v == null) {
      return false;
    }
    for (List<SemverComparator> set : sets) {
      if (set.stream().allMatch(c -> c.test(v)) && prereleaseAllowed(set, v)) {
        return true;
      }
    }
    return false;
  }

  private boolean prereleaseAllowed(List<SemverComparator> set, NodeVersion v) {
    if (!v.hasPre() || options.includePrerelease()) {
      return true;
    }
    return set.stream()
        .anyMatch(c -> c.version() != null && c.version().hasPre() && c.version().sameTuple(v));
  }

  @Override
  public String toString() {
    return String.join(
        "||",
        sets.stream()
            .map(s -> String.join(" ", s.stream().map(SemverComparator::toString).toList()))
            .toList());
  }

  private static List<SemverComparator> parseSet(String text, Options o, String range) {
    boolean loose = o.loose();
    boolean incPr = o.includePrerelease();
    String s = text;
    Matcher h = SemverDesugar.hyphen(loose).matcher(s);
    if (h.matches()) {
      s = SemverDesugar.hyphenRange(h, incPr);
    }
    s = s.replaceAll("([<>]=?|=)\\s+", "$1");
    s = s.replaceAll("~>?\\s+", "~").replaceAll("\\^\\s+", "^");
    String xp = SemverDesugar.xplain(loose);
    Pattern caret = Pattern.compile("\\^" + xp);
    Pattern tilde = Pattern.compile("~>?" + xp);
    Pattern xrange = Pattern.compile("((?:<|>)?=?)\\s*" + xp);
    List<String> comps = List.of(s.split(" "));
    comps =
        stage(
            comps,
            c ->
                sugar(
                    caret,
                    c,
                    m -> SemverDesugar.caret(g(m, 1), g(m, 2), g(m, 3), m.group(4), incPr)));
    comps =
        stage(
            comps,
            c ->
                sugar(
                    tilde,
                    c,
                    m -> SemverDesugar.tilde(g(m, 1), g(m, 2), g(m, 3), m.group(4), incPr)));
    comps =
        stage(
            comps,
            c ->
                sugar(
                    xrange,
                    c,
                    m -> SemverDesugar.xrange(c, m.group(1), g(m, 2), g(m, 3), g(m, 4), incPr)));
    comps = stage(comps, c -> c.strip().replaceAll("(<|>)?=?\\s*\\*", ""));
    List<SemverComparator> out = new ArrayList<>();
    for (String c : comps) {
      SemverComparator parsed = SemverComparator.parse(c, loose);
      if (parsed == null) {
        if (loose) {
          continue;
        }
        throw new IllegalArgumentException("invalid semver range '" + range + "': '" + c + "'");
      }
      out.add(parsed);
    }
    if (out.size() > 1) {
      out.removeIf(c -> c.version() == null);
    }
    return out;
  }

  private static String g(Matcher m, int group) {
    String v = m.group(group);
    return v == null ? "" : v;
  }

  private static String sugar(Pattern p, String comp, Function<Matcher, String> f) {
    Matcher m = p.matcher(comp);
    return m.matches() ? f.apply(m) : comp;
  }

  private static List<String> stage(List<String> comps, Function<String, String> f) {
    List<String> out = new ArrayList<>();
    for (String c : comps) {
      for (String piece : f.apply(c).split(" ")) {
        out.add(piece);
      }
    }
    return out;
  }
}
