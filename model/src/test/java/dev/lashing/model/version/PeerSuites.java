package dev.lashing.model.version;

import dev.lashing.model.version.PeerSuite.Check;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Readers for the tool-specific peer formats (dpkg, rpm, apk-tools). */
final class PeerSuites {
  private PeerSuites() {}

  /** dpkg's Dpkg_Version.t data: {@code A B expected(-1|0|1)}. */
  static List<Check> dpkgVercmp(Path dir) throws IOException {
    List<Check> out = new ArrayList<>();
    List<String> all = PeerSuite.lines(dir.resolve("dpkg-vercmp-DATA.txt"));
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      String op = f[2].equals("-1") ? "<" : f[2].equals("1") ? ">" : "=";
      out.add(
          PeerSuite.relation(
              "dpkg-vercmp-DATA.txt:" + (i + 1), VersionSchemes.DPKG, f[0], op, f[1]));
    }
    return out;
  }

  /** dpkg's t-version.c parse cases: the split or an error/warning (= invalid). */
  static List<Check> dpkgParse(Path dir) throws IOException {
    List<Check> out = new ArrayList<>();
    List<String> all = PeerSuite.lines(dir.resolve("dpkg-parse-cases.tsv"));
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String input = line.substring(0, tab).replace("<SP>", " ").replace("<TAB>", "\t");
      String expected = line.substring(tab + 1);
      List<String> inputs = new ArrayList<>();
      int forX = input.indexOf(" for X in each of ");
      if (forX >= 0) {
        String template = input.substring(0, forX);
        for (char x : input.substring(forX + " for X in each of ".length()).toCharArray()) {
          inputs.add(template.replace("X", String.valueOf(x)));
        }
      } else {
        inputs.add(input);
      }
      for (String in : inputs) {
        out.add(dpkgParseCheck("dpkg-parse-cases.tsv:" + (i + 1), in, expected));
      }
    }
    return out;
  }

  private static Check dpkgParseCheck(String where, String input, String expected) {
    boolean valid = DpkgVersion.isValid(input);
    String text = "'" + input + "' expected " + expected + " (valid=" + valid;
    if (!expected.contains("|")) {
      return new Check(where, text + ")", !valid);
    }
    DpkgVersion v = DpkgVersion.parse(input);
    String got = v.epoch() + "|" + v.upstream() + "|" + v.revision();
    return new Check(where, text + ", parsed " + got + ")", valid && got.equals(expected));
  }

  /** rpm's rpmvercmp.at triples; 'oddity' rows are documented behaviour and checked as well. */
  static List<Check> rpm(Path dir) throws IOException {
    List<Check> out = new ArrayList<>();
    List<String> all = PeerSuite.lines(dir.resolve("rpmvercmp.tsv"));
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      String op = f[2].equals("-1") ? "<" : f[2].equals("1") ? ">" : "=";
      Check c = PeerSuite.relation("rpmvercmp.tsv:" + (i + 1), VersionSchemes.RPM, f[0], op, f[1]);
      // Versions alone, no release: compare with rpmvercmp directly as the upstream test does.
      int got = Integer.signum(RpmVersion.rpmvercmp(f[0], f[1]));
      out.add(
          new Check(
              c.where(), c.text() + " rpmvercmp=" + got, c.agrees() && got == PeerSuite.sign(op)));
    }
    return out;
  }

  /** apk-tools test/unit/version.data: relations, fuzzy matches and validity lines. */
  static List<Check> apk(Path dir) throws IOException {
    List<Check> out = new ArrayList<>();
    List<String> all = PeerSuite.lines(dir.resolve("test/unit/version.data"));
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i).replaceAll("\\s+#.*$", "").strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = "version.data:" + (i + 1);
      String[] f = line.split("\\s+");
      if (f.length == 1) {
        boolean invalid = f[0].startsWith("!");
        String v = invalid ? f[0].substring(1) : f[0];
        boolean valid = ApkVersion.isValid(v);
        out.add(new Check(where, "'" + v + "' valid=" + valid, valid != invalid));
      } else if (f[1].contains("~")) {
        out.add(apkFuzzy(where, f[0], f[1], f[2]));
      } else {
        out.add(PeerSuite.relation(where, VersionSchemes.APK, f[0], f[1], f[2]));
      }
    }
    return out;
  }

  /** apk's fuzzy operators: '~' equal-or-prefix, '<~'/'>~' with less/greater, '!' negates. */
  private static Check apkFuzzy(String where, String a, String op, String b) {
    boolean negate = op.startsWith("!");
    String o = negate ? op.substring(1) : op;
    int r = ApkVersion.compare(a, b, true);
    boolean match = r == 0 || (o.startsWith("<") && r < 0) || (o.startsWith(">") && r > 0);
    return new Check(where, a + " " + op + " " + b + " (fuzzy=" + r + ")", match != negate);
  }
}
