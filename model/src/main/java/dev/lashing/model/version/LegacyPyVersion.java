package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * setuptools' legacy ordering for strings that are not PEP 440 versions: split into numbers, words,
 * '.' and '-'; numbers compare by value (after words), words get a '*' prefix (pre/preview become
 * c, rc becomes c, dev becomes @), '.' is dropped and '-' becomes '*final-'; trailing '*final-' and
 * zeros before a word are removed. The resulting lists compare element by element as strings.
 */
final class LegacyPyVersion {
  private LegacyPyVersion() {}

  private static final Pattern PART = Pattern.compile("(\\d+|[a-z]+|\\.|-)");

  static List<String> key(String text) {
    List<String> parts = new ArrayList<>();
    Matcher m = PART.matcher(text.strip().toLowerCase(Locale.ROOT));
    while (m.find()) {
      String p =
          switch (m.group()) {
            case "pre", "preview", "rc" -> "c";
            case "-" -> "final-";
            case "dev" -> "@";
            default -> m.group();
          };
      if (p.equals(".")) {
        continue;
      }
      if (Digits.isDigit(p.charAt(0))) {
        String d = Digits.stripZeros(p);
        parts.add(d.isEmpty() ? "0" : d);
      } else {
        parts.add("*" + p);
      }
    }
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p.startsWith("*")) {
        if (p.compareTo("*final") < 0) {
          while (!out.isEmpty() && out.getLast().equals("*final-")) {
            out.removeLast();
          }
        }
        while (!out.isEmpty() && out.getLast().equals("0")) {
          out.removeLast();
        }
      }
      out.add(p);
    }
    return out;
  }

  static int compare(String a, String b) {
    List<String> x = key(a);
    List<String> y = key(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      String l = x.get(i);
      String r = y.get(i);
      int c =
          Digits.allDigits(l) && Digits.allDigits(r) ? Digits.compareNumeric(l, r) : l.compareTo(r);
      if (c != 0) {
        return Integer.signum(c);
      }
    }
    return Integer.compare(x.size(), y.size());
  }
}
