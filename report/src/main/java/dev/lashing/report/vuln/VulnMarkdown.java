package dev.lashing.report.vuln;

import dev.lashing.match.Finding;
import dev.lashing.match.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A Markdown summary for pull-request comments and CI job summaries: counts by severity, then one
 * table per target, suppressed findings last.
 */
public final class VulnMarkdown {
  private VulnMarkdown() {}

  public static void write(ScanResult result, Writer out) throws IOException {
    List<Finding> active = result.active();
    out.write("## Lashing vulnerability scan: " + cell(result.sbom().subject().name()) + "\n\n");
    out.write(
        "**"
            + active.size()
            + "** vulnerabilities "
            + VulnTable.counts(active)
            + (result.suppressed().isEmpty()
                ? ""
                : ", " + result.suppressed().size() + " suppressed")
            + "; "
            + result.sbom().packages().size()
            + " packages scanned.\n");
    for (Map.Entry<String, List<Finding>> e :
        Targets.group(result.sbom().subject(), active).entrySet()) {
      out.write("\n### " + cell(e.getKey()) + "\n\n");
      out.write("| Severity | Package | Installed | Vulnerability | Fixed | KEV |\n");
      out.write("|---|---|---|---|---|---|\n");
      for (Finding f : e.getValue()) {
        out.write(
            "| "
                + f.severity()
                + " | "
                + cell(f.pkg().name())
                + " | "
                + cell(f.installedVersion())
                + " | "
                + cell(f.id())
                + " | "
                + cell(
                    f.fixedVersions().isEmpty()
                        ? f.fixState().label()
                        : String.join(", ", f.fixedVersions()))
                + " | "
                + (f.kev() != null ? "yes (" + f.kev().dateAdded() + ")" : "")
                + " |\n");
      }
    }
    if (!result.suppressed().isEmpty()) {
      out.write(
          "\n### Suppressed\n\n| Vulnerability | Package | Rule | Reason |\n|---|---|---|---|\n");
      for (Finding f : result.suppressed()) {
        out.write(
            "| "
                + cell(f.id())
                + " | "
                + cell(f.pkg().name())
                + " | "
                + cell(f.suppression().rule())
                + " | "
                + cell(f.suppression().reason())
                + " |\n");
      }
    }
    out.write("\n_Vulnerability data: " + cell(result.database()) + "_\n");
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replaceAll("[\\r\\n]+", " ").replace("<", "&lt;");
  }
}
