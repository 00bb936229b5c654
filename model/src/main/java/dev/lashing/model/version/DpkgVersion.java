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
    if (unpadded(a) && unpadded(b)) {
      return compareInPlace(a, b);
    }
    DpkgVersion x = parse(a);
    DpkgVersion y = parse(b);
    int c = verrevcmp(x.epoch, y.epoch);
    if (c == 0) {
      c = verrevcmp(x.upstream, y.upstream);
    }
    return c != 0 ? c : verrevcmp(x.revision, y.revision);
  }

  private static boolean unpadded(String s) {
    return !s.isEmpty() && s.charAt(0) > ' ' && s.charAt(s.length() - 1) > ' ';
  }

  /** {@link #parse}'s split (first ':', last '-') as indices, compared without allocating. */
  private static int compareInPlace(String a, String b) {
    int ca = a.indexOf(':');
    int cb = b.indexOf(':');
    int c =
        ca < 0 && cb < 0
            ? 0
            : verrevcmp(ca < 0 ? "0" : a, 0, ca < 0 ? 1 : ca, cb < 0 ? "0" : b, 0, cb < 0 ? 1 : cb);
    if (c != 0) {
      return c;
    }
    int ua = ca + 1;
    int ub = cb + 1;
    int da = a.lastIndexOf('-');
    int db = b.lastIndexOf('-');
    int ea = da >= ua ? da : a.length();
    int eb = db >= ub ? db : b.length();
    c = verrevcmp(a, ua, ea, b, ub, eb);
    if (c != 0) {
      return c;
    }
    return verrevcmp(
        a, Math.min(ea + 1, a.length()), a.length(), b, Math.min(eb + 1, b.length()), b.length());
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

  private static int order(String s, int i, int end) {
    if (i >= end) {
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
    return verrevcmp(a, 0, a.length(), b, 0, b.length());
  }

  /** {@code verrevcmp} on {@code a[i, ae)} and {@code b[j, be)}. */
  static int verrevcmp(String a, int i, int ae, String b, int j, int be) {
    while (i < ae || j < be) {
      while ((i < ae && !Digits.isDigit(a.charAt(i))) || (j < be && !Digits.isDigit(b.charAt(j)))) {
        int ac = order(a, i, ae);
        int bc = order(b, j, be);
        if (ac != bc) {
          return Integer.signum(ac - bc);
        }
        i++;
        j++;
      }
      i = Math.min(i, ae);
      j = Math.min(j, be);
      int da = digitRun(a, i, ae);
      int db = digitRun(b, j, be);
      int c = Digits.compareNumeric(a, i, i + da, b, j, j + db);
      if (c != 0) {
        return c;
      }
      i += da;
      j += db;
    }
    return 0;
  }

  private static int digitRun(String s, int from, int end) {
    int i = from;
    while (i < end && Digits.isDigit(s.charAt(i))) {
      i++;
    }
    return i - from;
  }
}
