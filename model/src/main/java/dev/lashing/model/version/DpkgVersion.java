package dev.lashing.model.version;

import java.util.regex.Pattern;

/**
 * Debian version {@code [epoch:]upstream[-revision]}, ordered as dpkg's {@code verrevcmp}: the
 * epoch, then the upstream part, then the revision. Each part alternates non-digit runs (compared
 * character by character: '~' before the end of the run, the end before letters, letters before
 * other characters) and digit runs (compared numerically).
 *
 * <p>Fallback: any string splits the same way (epoch before the first ':', revision after the last
 * '-') and compares with the same rules, so malformed epochs such as {@code a:1} still order.
 */
record DpkgVersion(String epoch, String upstream, String revision) {
  private static final Pattern EPOCH = Pattern.compile("[0-9]+");
  private static final Pattern UPSTREAM = Pattern.compile("[0-9][A-Za-z0-9.+~:-]*");
  private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9.+~]*");

  static DpkgVersion parse(String text) {
    String s = text.strip();
    String epoch = "0";
    int colon = s.indexOf(':');
    if (colon >= 0) {
      epoch = s.substring(0, colon);
      s = s.substring(colon + 1);
    }
    int dash = s.lastIndexOf('-');
    if (dash >= 0) {
      return new DpkgVersion(epoch, s.substring(0, dash), s.substring(dash + 1));
    }
    return new DpkgVersion(epoch, s, "");
  }

  static int compare(String a, String b) {
    DpkgVersion x = parse(a);
    DpkgVersion y = parse(b);
    int c = verrevcmp(x.epoch, y.epoch);
    if (c == 0) {
      c = verrevcmp(x.upstream, y.upstream);
    }
    return c != 0 ? c : verrevcmp(x.revision, y.revision);
  }

  /** dpkg's parseversion rules, warnings included (a warning makes the version invalid). */
  static boolean isValid(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    DpkgVersion v = parse(s);
    boolean hasEpoch = s.indexOf(':') >= 0;
    if (hasEpoch && (!EPOCH.matcher(v.epoch).matches() || v.epoch.length() > 9)) {
      return false;
    }
    if (!UPSTREAM.matcher(v.upstream).matches()) {
      return false;
    }
    if (!hasEpoch && v.upstream.indexOf(':') >= 0) {
      return false;
    }
    return REVISION.matcher(v.revision).matches();
  }

  private static int order(String s, int i) {
    if (i >= s.length()) {
      return 0;
    }
    char c = s.charAt(i);
    if (Digits.isDigit(c)) {
      return 0;
    }
    if (Digits.isAsciiLetter(c)) {
      return c;
    }
    return c == '~' ? -1 : c + 256;
  }

  static int verrevcmp(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() || j < b.length()) {
      while ((i < a.length() && !Digits.isDigit(a.charAt(i)))
          || (j < b.length() && !Digits.isDigit(b.charAt(j)))) {
        int ac = order(a, i);
        int bc = order(b, j);
        if (ac != bc) {
          return Integer.signum(ac - bc);
        }
        i++;
        j++;
      }
      int da = Digits.digitRun(a, Math.min(i, a.length()));
      int db = Digits.digitRun(b, Math.min(j, b.length()));
      int c =
          Digits.compareNumeric(
              a.substring(Math.min(i, a.length()), Math.min(i, a.length()) + da),
              b.substring(Math.min(j, b.length()), Math.min(j, b.length()) + db));
      if (c != 0) {
        return c;
      }
      i = Math.min(i, a.length()) + da;
      j = Math.min(j, b.length()) + db;
    }
    return 0;
  }
}
