package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;

/**
 * Alpine version {@code number{.number}...{letter}{_suffix{number}}...{~hash}{-rN}}, ordered as
 * apk-tools orders it: both strings are read token by token; while the token kinds agree the values
 * decide (numbers by value, except that a non-initial number with a leading zero compares as a
 * string; letters and hashes by byte; suffixes by rank alpha < beta < pre < rc < cvs < svn < git <
 * hg < p). When the kinds differ, a pre-release suffix makes its side older; otherwise the side
 * whose token comes later in the grammar (hash, revision, end, invalid) is older.
 *
 * <p>Fallback: reading stops at the first character the grammar does not allow (an invalid token,
 * which sorts before the end). Two strings that become invalid at the same place after equal tokens
 * compare by their unread remainders (bytes), except that remainders which both start with '-'
 * (text after a revision) are ignored, as apk ignores them. An empty revision number ({@code 1-r},
 * {@code 1-r-2}) reads as r0, as apk 2 read it; {@link #isValid} still rejects it, as apk 3 does.
 */
final class ApkVersion {
  private ApkVersion() {}

  enum Kind {
    INITIAL_DIGIT,
    DIGIT,
    LETTER,
    SUFFIX,
    SUFFIX_NO,
    COMMIT_HASH,
    REVISION_NO,
    END,
    INVALID
  }

  private static final List<String> SUFFIXES =
      List.of("alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg", "p");
  private static final int SUFFIX_NONE = 4;

  /** One token: its kind, its text (digits, letter, suffix word, hash or unread rest). */
  record Token(Kind kind, String text) {
    int suffixRank() {
      return SUFFIXES.indexOf(text);
    }
  }

  static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int n = Digits.digitRun(s, 0);
    if (n == 0) {
      out.add(new Token(Kind.INVALID, s));
      return out;
    }
    Kind prev = Kind.INITIAL_DIGIT;
    out.add(new Token(prev, s.substring(0, n)));
    int i = n;
    while (true) {
      if (i >= s.length()) {
        out.add(new Token(Kind.END, ""));
        return out;
      }
      Token t = next(s, i, prev);
      if (t == null) {
        out.add(new Token(Kind.INVALID, s.substring(i)));
        return out;
      }
      out.add(t);
      prev = t.kind();
      i += consumed(s, i, t);
    }
  }

  private static int consumed(String s, int i, Token t) {
    return switch (t.kind()) {
      case LETTER -> 1;
      case DIGIT -> s.charAt(i) == '.' ? 1 + t.text().length() : t.text().length();
      case SUFFIX_NO -> t.text().length();
      case SUFFIX, COMMIT_HASH -> 1 + t.text().length();
      case REVISION_NO -> 2 + t.text().length();
      default -> throw new IllegalStateException(t.kind().name());
    };
  }

  /** The token at i after a token of kind prev, or null when the grammar forbids what is there. */
  private static Token next(String s, int i, Kind prev) {
    char c = s.charAt(i);
    if (c >= 'a' && c <= 'z') {
      return prev.compareTo(Kind.DIGIT) > 0 ? null : new Token(Kind.LETTER, String.valueOf(c));
    }
    if (c == '.' || Digits.isDigit(c)) {
      int start = c == '.' ? i + 1 : i;
      if (c == '.' && prev.compareTo(Kind.DIGIT) > 0) {
        return null;
      }
      Kind kind =
          switch (prev) {
            case INITIAL_DIGIT, DIGIT -> Kind.DIGIT;
            case SUFFIX -> Kind.SUFFIX_NO;
            default -> null;
          };
      int n = Digits.digitRun(s, start);
      return kind == null || n == 0 ? null : new Token(kind, s.substring(start, start + n));
    }
    if (c == '_') {
      if (prev.compareTo(Kind.SUFFIX_NO) > 0) {
        return null;
      }
      int end = i + 1;
      while (end < s.length() && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
        end++;
      }
      String word = s.substring(i + 1, end);
      int rank = SUFFIXES.indexOf(word);
      return rank < 0 || rank == SUFFIX_NONE ? null : new Token(Kind.SUFFIX, word);
    }
    if (c == '~') {
      int end = i + 1;
      while (end < s.length() && isHex(s.charAt(end))) {
        end++;
      }
      boolean ok = prev.compareTo(Kind.COMMIT_HASH) < 0 && end > i + 1;
      return ok ? new Token(Kind.COMMIT_HASH, s.substring(i + 1, end)) : null;
    }
    if (c == '-' && prev.compareTo(Kind.REVISION_NO) < 0 && s.startsWith("-r", i)) {
      int n = Digits.digitRun(s, i + 2);
      boolean emptyRevision = i + 2 == s.length() || s.charAt(i + 2) == '-';
      return n == 0 && !emptyRevision
          ? null
          : new Token(Kind.REVISION_NO, s.substring(i + 2, i + 2 + n));
    }
    return null;
  }

  private static boolean isHex(char c) {
    return Digits.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean isValid(String s) {
    List<Token> t = tokens(s);
    return t.getLast().kind() == Kind.END
        && t.stream().noneMatch(x -> x.kind() == Kind.REVISION_NO && x.text().isEmpty());
  }

  static int compare(String a, String b) {
    return compare(a, b, false);
  }

  /**
   * With {@code fuzzy}, {@code a} also matches when {@code b} ends first with all tokens equal
   * (apk's {@code ~} operator: {@code 3.6.9 ~ 3.6}).
   */
  static int compare(String a, String b, boolean fuzzy) {
    List<Token> x = tokens(a);
    List<Token> y = tokens(b);
    int i = 0;
    while (x.get(i).kind() == y.get(i).kind() && x.get(i).kind().compareTo(Kind.END) < 0) {
      int c = value(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
      i++;
    }
    Token ta = x.get(i);
    Token tb = y.get(i);
    if (ta.kind() == tb.kind()) {
      return ta.kind() == Kind.INVALID ? compareUnread(ta.text(), tb.text()) : 0;
    }
    if (fuzzy && tb.kind() == Kind.END) {
      return 0;
    }
    if (ta.kind() == Kind.SUFFIX && ta.suffixRank() < SUFFIX_NONE) {
      return -1;
    }
    if (tb.kind() == Kind.SUFFIX && tb.suffixRank() < SUFFIX_NONE) {
      return 1;
    }
    return ta.kind().compareTo(tb.kind()) > 0 ? -1 : 1;
  }

  /** Unread remainders: text after a misplaced '-' is ignored, anything else compares by bytes. */
  private static int compareUnread(String a, String b) {
    return a.startsWith("-") && b.startsWith("-") ? 0 : Integer.signum(a.compareTo(b));
  }

  private static int value(Token a, Token b) {
    return switch (a.kind()) {
      case DIGIT ->
          a.text().charAt(0) == '0' || b.text().charAt(0) == '0'
              ? Integer.signum(a.text().compareTo(b.text()))
              : Digits.compareNumeric(a.text(), b.text());
      case INITIAL_DIGIT, SUFFIX_NO, REVISION_NO -> Digits.compareNumeric(a.text(), b.text());
      case SUFFIX -> Integer.compare(a.suffixRank(), b.suffixRank());
      default -> Integer.signum(a.text().compareTo(b.text()));
    };
  }
}
