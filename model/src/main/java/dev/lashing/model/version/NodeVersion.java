package dev.lashing.model.version;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A version as node-semver reads it: strict SemVer with an optional 'v'; in loose mode also leading
 * '=', 'v' and blanks, leading zeros and a pre-release without '-'. At most 256 characters, numbers
 * at most 2^53-1. Ordered as {@link SemverVersion}.
 */
record NodeVersion(long major, long minor, long patch, List<String> pre, List<String> build) {
  static final long MAX_SAFE = 9007199254740991L;
  static final String NUM = "0|[1-9]\\d*";
  static final String NUM_LOOSE = "\\d+";
  static final String NON_NUM = "\\d*[a-zA-Z-][a-zA-Z0-9-]*";
  static final String BUILD = "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))";

  static String pre(boolean loose) {
    String id = "(?:" + (loose ? NUM_LOOSE : NUM) + "|" + NON_NUM + ")";
    return "(?:" + (loose ? "-?" : "-") + "(" + id + "(?:\\." + id + ")*))";
  }

  static String plain(boolean loose) {
    String n = loose ? NUM_LOOSE : NUM;
    return (loose ? "[v=\\s]*" : "v?")
        + "("
        + n
        + ")\\.("
        + n
        + ")\\.("
        + n
        + ")"
        + pre(loose)
        + "?"
        + BUILD
        + "?";
  }

  private static final Pattern FULL = Pattern.compile(plain(false));
  private static final Pattern LOOSE = Pattern.compile(plain(true));

  /** The version, or null when node-semver would reject it. */
  static @Nullable NodeVersion parse(String text, boolean loose) {
    String s = text.strip();
    if (s.length() > 256) {
      return null;
    }
    Matcher m = (loose ? LOOSE : FULL).matcher(s);
    return m.matches() ? of(m, 1) : null;
  }

  /** Builds from five groups starting at {@code g}: major, minor, patch, pre, build. */
  static @Nullable NodeVersion of(Matcher m, int g) {
    long[] n = new long[3];
    for (int i = 0; i < 3; i++) {
      String d = Digits.stripZeros(m.group(g + i));
      if (d.length() > 16 || (d.isEmpty() ? 0 : Long.parseLong(d)) > MAX_SAFE) {
        return null;
      }
      n[i] = d.isEmpty() ? 0 : Long.parseLong(d);
    }
    return new NodeVersion(n[0], n[1], n[2], ids(m.group(g + 3)), ids(m.group(g + 4)));
  }

  private static List<String> ids(@Nullable String s) {
    return s == null ? List.of() : List.of(s.split("\\."));
  }

  boolean hasPre() {
    return !pre.isEmpty();
  }

  boolean sameTuple(NodeVersion o) {
    return major == o.major && minor == o.minor && patch == o.patch;
  }

  int compareTo(NodeVersion o) {
    int c = Long.compare(major, o.major);
    c = c != 0 ? c : Long.compare(minor, o.minor);
    c = c != 0 ? c : Long.compare(patch, o.patch);
    if (c != 0) {
      return c;
    }
    if (pre.isEmpty() || o.pre.isEmpty()) {
      return Boolean.compare(pre.isEmpty(), o.pre.isEmpty());
    }
    return SemverVersion.compareIdentifiers(pre, o.pre, false);
  }
}
