package dev.lashing.report.posture;

import dev.lashing.misconfig.posture.PostureFinding;
import dev.lashing.misconfig.posture.Related;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The posture as Markdown (a pull-request comment, a wiki page): one table per namespace. */
public final class PostureMarkdown {
  private PostureMarkdown() {}

  public static void write(PostureReport report, Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    out.println("# Cluster posture: " + Texts.cell(report.posture().origin()));
    out.println();
    if (!report.posture().complete()) {
      out.println("> **Incomplete.** These inputs could not be read; findings cover the rest:");
      report.posture().problems().forEach(p -> out.println("> - " + Texts.cell(p)));
      out.println();
    }
    out.println("| Severity | Findings |");
    out.println("|---|---:|");
    report.counts().forEach((s, n) -> out.println("| " + s + " | " + n + " |"));
    out.println();
    out.println(PostureTable.summary(report) + ".");
    for (Map.Entry<String, List<PostureReport.Entry>> ns : report.byNamespace().entrySet()) {
      out.println();
      out.println(
          "## "
              + (ns.getKey().equals(PostureReport.CLUSTER_WIDE)
                  ? "Cluster-wide"
                  : "Namespace `" + Texts.cell(ns.getKey()) + "`"));
      out.println();
      out.println("| Severity | Id | Where | Finding | Granted by |");
      out.println("|---|---|---|---|---|");
      for (PostureReport.Entry e : ns.getValue()) {
        PostureFinding f = e.finding();
        String granted =
            f.related().stream()
                .filter(r -> r.what().equals("binding"))
                .map(Related::ref)
                .map(Texts::cell)
                .collect(Collectors.joining("<br>"));
        out.println(
            "| "
                + f.severity()
                + " | "
                + f.ruleId()
                + " | `"
                + Texts.cell(Texts.location(f))
                + "` | "
                + Texts.cell(PostureTable.withObject(f))
                + (e.suppressed()
                    ? " *(suppressed: " + Texts.cell(e.suppression().reason()) + ")*"
                    : "")
                + " | "
                + granted
                + " |");
      }
    }
    List<String> notes = report.notes();
    if (!notes.isEmpty()) {
      out.println();
      out.println("## Notes");
      out.println();
      notes.forEach(n -> out.println("- " + Texts.cell(n)));
    }
    out.flush();
  }
}
