package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEP 440 {@code [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]} with the spec's normalisations
 * (case, 'v' prefix, separators, alpha/beta/c/pre/preview, rev/r, implicit post {@code 1.0-1},
 * implicit numbers). Order: epoch, release (trailing zeros ignored), pre-release (a dev release
 * without pre or post comes before any pre-release), post-release, dev-release, local label (none
 * first; numeric segments after alphanumeric ones).
 *
 * <p>Fallback: strings PEP 440 rejects are "legacy" versions, as in setuptools before packaging 22;
 * they sort before every valid version and compare among themselves by {@link LegacyPyVersion}.
 */
record Pep440Version(
    String epoch, List<String> release, Tag pre, Tag post, Tag dev, List<String> local) {

  /** An optional labelled number; {@code rank} orders the labels (a < b < rc). */
  record Tag(boolean present, int rank, String number) {
    static final Tag NONE = new Tag(false, 0, "");
  }

  private static final Pattern PATTERN =
      Pattern.compile(
          "v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)"
              + "(?:[-_.]?(?<pre>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?"
              + "(?:-(?<post1>[0-9]+)|[-_.]?(?<post>post|rev|r)[-_.]?(?<postn>[0-9]+)?)?"
              + "(?:[-_.]?(?<dev>dev)[-_.]?(?<devn>[0-9]+)?)?"
              + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?");

  static Pep440Version parseOrNull(String text) {
    Matcher m = PATTERN.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    List<String> release = new ArrayList<>(List.of(m.group("release").split("\\.")));
    while (release.size() > 1 && Digits.stripZeros(release.getLast()).isEmpty()) {
      release.removeLast();
    }
    Tag pre = Tag.NONE;
    if (m.group("pre") != null) {
      int rank =
          switch (m.group("pre")) {
            case "alpha", "a" -> 0;
            case "beta", "b" -> 1;
            default -> 2;
          };
      pre = new Tag(true, rank, orZero(m.group("pren")));
    }
    Tag post = Tag.NONE;
    if (m.group("post1") != null) {
      post = new Tag(true, 0, m.group("post1"));
    } else if (m.group("post") != null) {
      post = new Tag(true, 0, orZero(m.group("postn")));
    }
    Tag dev = m.group("dev") == null ? Tag.NONE : new Tag(true, 0, orZero(m.group("devn")));
    List<String> local =
        m.group("local") == null ? List.of() : List.of(m.group("local").split("[-_.]"));
    String epoch = m.group("epoch") == null ? "0" : m.group("epoch");
    return new Pep440Version(epoch, List.copyOf(release), pre, post, dev, local);
  }

  private static String orZero(String s) {
    return s == null ? "0" : s;
  }

  static boolean isValid(String text) {
    return parseOrNull(text) != null;
  }

  static int compare(String a, String b) {
    Pep440Version x = parseOrNull(a);
    Pep440Version y = parseOrNull(b);
    if (x == null || y == null) {
      if (x == null && y == null) {
        return LegacyPyVersion.compare(a, b);
      }
      return x == null ? -1 : 1;
    }
    return x.compareTo(y);
  }

  int compareTo(Pep440Version o) {
    int c = Digits.compareNumeric(epoch, o.epoch);
    if (c != 0) {
      return c;
    }
    for (int i = 0; i < Math.max(release.size(), o.release.size()); i++) {
      c =
          Digits.compareNumeric(
              i < release.size() ? release.get(i) : "0",
              i < o.release.size() ? o.release.get(i) : "0");
      if (c != 0) {
        return c;
      }
    }
    c = Integer.compare(preKey(), o.preKey());
    if (c == 0 && pre.present()) {
      c = Digits.compareNumeric(pre.number(), o.pre.number());
    }
    if (c == 0) {
      c = compareOptional(post, o.post, false);
    }
    if (c == 0) {
      c = compareOptional(dev, o.dev, true);
    }
    return c != 0 ? c : compareLocal(local, o.local);
  }

  /** Dev-only releases first (-1), then a (0), b (1), rc (2), then no pre-release (3). */
  private int preKey() {
    if (!pre.present()) {
      return !post.present() && dev.present() ? -1 : 3;
    }
    return pre.rank();
  }

  private static int compareOptional(Tag a, Tag b, boolean absentIsGreatest) {
    if (a.present() && b.present()) {
      return Digits.compareNumeric(a.number(), b.number());
    }
    if (a.present() == b.present()) {
      return 0;
    }
    return (a.present() ? -1 : 1) * (absentIsGreatest ? 1 : -1);
  }

  private static int compareLocal(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean nx = Digits.allDigits(x);
      boolean ny = Digits.allDigits(y);
      int c =
          nx && ny
              ? Digits.compareNumeric(x, y)
              : nx != ny ? (nx ? 1 : -1) : Integer.signum(x.compareTo(y));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
