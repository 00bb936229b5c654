package dev.lashing.model.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One node-semver comparator: an operator and a version; no version means "any". */
record SemverComparator(String op, @Nullable NodeVersion version) {
  static final SemverComparator ANY = new SemverComparator("", null);

  private static final Pattern STRICT =
      Pattern.compile("((?:<|>)?=?)\\s*" + NodeVersion.plain(false).replaceFirst("^v\\?", "v?"));
  private static final Pattern LOOSE =
      Pattern.compile("((?:<|>)?=?)\\s*" + NodeVersion.plain(true));

  /** Parses {@code >=1.2.3} etc.; null when it is not a comparator in this mode. */
  static @Nullable SemverComparator parse(String text, boolean loose) {
    if (text.isEmpty()) {
      return ANY;
    }
    Matcher m = (loose ? LOOSE : STRICT).matcher(text);
    if (!m.matches()) {
      return null;
    }
    NodeVersion v = NodeVersion.of(m, 2);
    if (v == null) {
      return null;
    }
    return new SemverComparator(m.group(1).equals("=") ? "" : m.group(1), v);
  }

  boolean test(NodeVersion v) {
    if (version == null) {
      return true;
    }
    int c = v.compareTo(version);
    return switch (op) {
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      default -> c == 0;
    };
  }

  @Override
  public String toString() {
    if (version == null) {
      return "";
    }
    String pre = version.pre().isEmpty() ? "" : "-" + String.join(".", version.pre());
    return op + version.major() + "." + version.minor() + "." + version.patch() + pre;
  }
}
