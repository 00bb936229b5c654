package dev.lashing.report.config;

import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.Tally;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI systems: one testsuite per file; per check evaluated there, one failing testcase
 * per finding (skipped when suppressed, with the reason) and one passing testcase counting the
 * subjects that passed; inputs that could not be parsed as errors of a last testsuite.
 */
public final class ConfigJunit {
  private ConfigJunit() {}

  public static void write(ConfigReport report, Writer out) throws IOException {
    Map<String, List<String>> suites = new TreeMap<>();
    report
        .scan()
        .perFile()
        .forEach((file, tallies) -> suites.put(file, suite(report, file, tallies)));
    List<String> errors = report.scan().errors();
    int tests = 0;
    int failures = 0;
    for (List<String> cases : suites.values()) {
      tests += cases.size();
      failures += (int) cases.stream().filter(c -> c.contains("<failure ")).count();
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write(
        "<testsuites name=\"lashing config\" tests=\"%d\" failures=\"%d\" errors=\"%d\">\n"
            .formatted(tests + errors.size(), failures, errors.size()));
    for (Map.Entry<String, List<String>> s : suites.entrySet()) {
      List<String> cases = s.getValue();
      long failed = cases.stream().filter(c -> c.contains("<failure ")).count();
      long skipped = cases.stream().filter(c -> c.contains("<skipped ")).count();
      out.write(
          "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\">\n"
              .formatted(attr(s.getKey()), cases.size(), failed, skipped));
      for (String c : cases) {
        out.write(c);
      }
      out.write("  </testsuite>\n");
    }
    if (!errors.isEmpty()) {
      out.write(
          "  <testsuite name=\"inputs\" tests=\"%d\" failures=\"0\" errors=\"%d\" skipped=\"0\">\n"
              .formatted(errors.size(), errors.size()));
      for (String e : errors) {
        out.write(
            "    <testcase classname=\"inputs\" name=\"%s\">\n      <error message=\"%s\"/>\n    </testcase>\n"
                .formatted(attr(e), attr(e)));
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
    out.flush();
  }

  private static List<String> suite(ConfigReport report, String file, Map<String, Tally> tallies) {
    List<String> cases = new ArrayList<>();
    for (Check c : report.checks().values()) {
      Tally t = tallies.get(c.id());
      if (t == null || t.evaluated() == 0) {
        continue;
      }
      String name = c.id() + " " + c.title();
      for (Reported r : report.findings()) {
        ConfigFinding f = r.finding();
        if (!f.file().equals(file) || !f.checkId().equals(c.id())) {
          continue;
        }
        String subject = Text.subject(f);
        String caseName = name + (subject.equals("-") ? "" : " " + subject) + " line " + f.line();
        Suppression s = r.suppression();
        String body =
            s != null
                ? "      <skipped message=\"%s\"/>\n".formatted(attr("suppressed: " + s.reason()))
                : "      <failure type=\"%s\" message=\"%s\">%s</failure>\n"
                    .formatted(
                        f.severity(),
                        attr(f.message()),
                        attr(f.file() + ":" + f.line() + ": " + c.remediation()));
        cases.add(testcase(file, caseName, body));
      }
      if (t.passed() > 0) {
        cases.add(
            testcase(file, name + " (" + t.passed() + " of " + t.evaluated() + " passed)", ""));
      }
    }
    return cases;
  }

  private static String testcase(String file, String name, String body) {
    String open = "    <testcase classname=\"%s\" name=\"%s\"".formatted(attr(file), attr(name));
    return body.isEmpty() ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n";
  }

  /** XML attribute or text: escaped, control characters (invalid in XML 1.0) replaced. */
  static String attr(String s) {
    return Text.safe(s)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
