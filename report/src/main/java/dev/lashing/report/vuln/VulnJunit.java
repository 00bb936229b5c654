package dev.lashing.report.vuln;

import dev.lashing.match.Finding;
import dev.lashing.match.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test tabs: one test suite per target, one failed test case per active finding
 * (named by package and vulnerability), suppressed findings as skipped test cases.
 */
public final class VulnJunit {
  private VulnJunit() {}

  public static void write(ScanResult result, Writer out) throws IOException {
    Map<String, List<Finding>> targets = Targets.group(result.sbom().subject(), result.findings());
    int tests = result.findings().size();
    int failures = result.active().size();
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write(
        "<testsuites name=\"lashing\" tests=\""
            + tests
            + "\" failures=\""
            + failures
            + "\" skipped=\""
            + (tests - failures)
            + "\">\n");
    if (targets.isEmpty()) {
      out.write(
          "  <testsuite name=\""
              + xml(result.sbom().subject().name())
              + "\" tests=\"0\" failures=\"0\" skipped=\"0\"/>\n");
    }
    for (Map.Entry<String, List<Finding>> e : targets.entrySet()) {
      List<Finding> fs = e.getValue();
      long failed = fs.stream().filter(Finding::active).count();
      out.write(
          "  <testsuite name=\""
              + xml(e.getKey())
              + "\" tests=\""
              + fs.size()
              + "\" failures=\""
              + failed
              + "\" skipped=\""
              + (fs.size() - failed)
              + "\">\n");
      for (Finding f : fs) {
        out.write(
            "    <testcase classname=\""
                + xml(f.pkg().name() + "-" + f.installedVersion())
                + "\" name=\"["
                + f.severity()
                + "] "
                + xml(f.id())
                + "\">\n");
        if (f.suppression() != null) {
          out.write("      <skipped message=\"" + xml(f.suppression().reason()) + "\"/>\n");
        } else {
          String fixed =
              f.fixedVersions().isEmpty()
                  ? f.fixState().label()
                  : String.join(", ", f.fixedVersions());
          out.write(
              "      <failure message=\""
                  + xml(f.title() != null ? f.title() : f.id())
                  + "\" type=\""
                  + f.severity()
                  + "\">"
                  + xml(
                      "Package: "
                          + f.pkg().purl()
                          + "\nInstalled: "
                          + f.installedVersion()
                          + "\nFixed: "
                          + fixed
                          + "\nMatch: "
                          + f.matches().getFirst().reason())
                  + "</failure>\n");
        }
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
  }

  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("&#10;");
        default -> b.append(c < 0x20 && c != '\t' ? '?' : c);
      }
    }
    return b.toString();
  }
}
