package dev.lashing.model.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * node-semver's sugar, rewritten into primitive comparators: hyphen ranges, x-ranges ({@code 1.x},
 * {@code *}, partial versions), tilde ({@code ~1.2}: same minor), caret ({@code ^0.2.3}: same
 * left-most non-zero part). With includePrerelease, lower bounds of partial ranges gain {@code -0}.
 */
final class SemverDesugar {
  private SemverDesugar() {}

  private static String xid(boolean loose) {
    return "(" + (loose ? NodeVersion.NUM_LOOSE : NodeVersion.NUM) + "|x|X|\\*)";
  }

  static String xplain(boolean loose) {
    String x = xid(loose);
    return "[v=\\s]*"
        + x
        + "(?:\\."
        + x
        + "(?:\\."
        + x
        + "(?:"
        + NodeVersion.pre(loose)
        + ")?"
        + NodeVersion.BUILD
        + "?)?)?";
  }

  static Pattern hyphen(boolean loose) {
    return Pattern.compile("\\s*(" + xplain(loose) + ")\\s+-\\s+(" + xplain(loose) + ")\\s*");
  }

  static boolean isX(String id) {
    return id == null || id.isEmpty() || id.equalsIgnoreCase("x") || id.equals("*");
  }

  private static long n(String s) {
    return Long.parseLong(s);
  }

  /** {@code a - b}; groups 1..6 the first operand, 7..12 the second. */
  static String hyphenRange(Matcher m, boolean incPr) {
    String from;
    String fM = m.group(2);
    String fm = m.group(3);
    String fp = m.group(4);
    String z = incPr ? "-0" : "";
    if (isX(fM)) {
      from = "";
    } else if (isX(fm)) {
      from = ">=" + fM + ".0.0" + z;
    } else if (isX(fp)) {
      from = ">=" + fM + "." + fm + ".0" + z;
    } else if (m.group(5) != null) {
      from = ">=" + m.group(1).strip();
    } else {
      from = ">=" + m.group(1).strip() + z;
    }
    String to;
    String tM = m.group(8);
    String tm = m.group(9);
    String tp = m.group(10);
    if (isX(tM)) {
      to = "";
    } else if (isX(tm)) {
      to = "<" + (n(tM) + 1) + ".0.0-0";
    } else if (isX(tp)) {
      to = "<" + tM + "." + (n(tm) + 1) + ".0-0";
    } else if (m.group(11) != null) {
      to = "<=" + tM + "." + tm + "." + tp + "-" + m.group(11);
    } else if (incPr) {
      to = "<" + tM + "." + tm + "." + (n(tp) + 1) + "-0";
    } else {
      to = "<=" + m.group(7).strip();
    }
    return (from + " " + to).strip();
  }

  static String tilde(String M, String m, String p, String pr, boolean incPr) {
    String z = incPr ? "-0" : "";
    if (isX(M)) {
      return "";
    }
    if (isX(m)) {
      return ">=" + M + ".0.0" + z + " <" + (n(M) + 1) + ".0.0-0";
    }
    if (isX(p)) {
      return ">=" + M + "." + m + ".0" + z + " <" + M + "." + (n(m) + 1) + ".0-0";
    }
    String low = ">=" + M + "." + m + "." + p + (pr != null ? "-" + pr : "");
    return low + " <" + M + "." + (n(m) + 1) + ".0-0";
  }

  static String caret(String M, String m, String p, String pr, boolean incPr) {
    String z = incPr ? "-0" : "";
    if (isX(M)) {
      return "";
    }
    if (isX(m)) {
      return ">=" + M + ".0.0" + z + " <" + (n(M) + 1) + ".0.0-0";
    }
    if (isX(p)) {
      String hi = n(M) == 0 ? M + "." + (n(m) + 1) + ".0-0" : (n(M) + 1) + ".0.0-0";
      return ">=" + M + "." + m + ".0" + z + " <" + hi;
    }
    String low = ">=" + M + "." + m + "." + p + (pr != null ? "-" + pr : "");
    String hi;
    if (n(M) != 0) {
      hi = (n(M) + 1) + ".0.0-0";
    } else if (n(m) != 0) {
      hi = M + "." + (n(m) + 1) + ".0-0";
    } else {
      hi = M + "." + m + "." + (n(p) + 1) + "-0";
    }
    return low + " <" + hi;
  }

  static String xrange(String comp, String gtlt, String M, String m, String p, boolean incPr) {
    boolean xM = isX(M);
    boolean xm = xM || isX(m);
    boolean xp = xm || isX(p);
    String op = gtlt.equals("=") && xp ? "" : gtlt;
    String pr = incPr ? "-0" : "";
    if (xM) {
      return op.equals(">") || op.equals("<") ? "<0.0.0-0" : "*";
    }
    if (!op.isEmpty() && xp) {
      long a = n(M);
      long b = xm ? 0 : n(m);
      long c = 0;
      if (op.equals(">")) {
        op = ">=";
        if (xm) {
          a++;
          b = 0;
        } else {
          b++;
        }
      } else if (op.equals("<=")) {
        op = "<";
        if (xm) {
          a++;
        } else {
          b++;
        }
      }
      if (op.equals("<")) {
        pr = "-0";
      }
      return op + a + "." + b + "." + c + pr;
    }
    if (xm) {
      return ">=" + M + ".0.0" + pr + " <" + (n(M) + 1) + ".0.0-0";
    }
    if (xp) {
      return ">=" + M + "." + m + ".0" + pr + " <" + M + "." + (n(m) + 1) + ".0-0";
    }
    return comp;
  }
}
