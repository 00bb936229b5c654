package dev.lashing.report.posture;

import dev.lashing.misconfig.posture.AnalysisResult;
import dev.lashing.misconfig.posture.PostureFinding;
import dev.lashing.misconfig.posture.Related;
import dev.lashing.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The posture for people: what was read (and what could not be), then per namespace (cluster-wide
 * first) the findings most severe first, each with where to fix it and what grants it, then the
 * notes and a summary.
 */
public final class PostureTable {
  private PostureTable() {}

  public static void write(PostureReport report, Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    header(report, out);
    for (Map.Entry<String, List<PostureReport.Entry>> ns : report.byNamespace().entrySet()) {
      out.println();
      out.println(
          ns.getKey().equals(PostureReport.CLUSTER_WIDE)
              ? "Cluster-wide"
              : "Namespace " + Texts.safe(ns.getKey()));
      for (PostureReport.Entry e : ns.getValue()) {
        PostureFinding f = e.finding();
        out.printf(
            "  %-8s  %-12s  %s%s%n",
            f.severity(),
            f.ruleId(),
            Texts.safe(withObject(f)),
            e.suppressed() ? "  [suppressed: " + Texts.safe(e.suppression().reason()) + "]" : "");
        out.printf("      at %s%n", Texts.location(f));
        for (Related r : f.related()) {
          if (!r.what().equals("rule")) {
            out.printf(
                "      %s %s (%s:%d)%n",
                r.what(), Texts.safe(r.ref()), Texts.safe(Texts.relative(r.file())), r.line());
          }
        }
      }
    }
    List<String> notes = report.notes();
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes");
      notes.forEach(n -> out.println("  " + Texts.safe(n)));
    }
    out.println();
    out.println(summary(report));
    out.flush();
  }

  /** The message, and the object it is about when the message does not name it. */
  static String withObject(PostureFinding f) {
    if (f.object() == null || f.message().contains(f.object().toString())) {
      return f.message();
    }
    return f.message() + " [" + f.object() + "]";
  }

  static void header(PostureReport report, PrintWriter out) {
    out.printf(
        "Cluster posture of %s (%d objects; analyses: %s)%n",
        Texts.safe(report.posture().origin()),
        report.posture().objects(),
        report.posture().results().stream()
            .map(AnalysisResult::analysis)
            .collect(Collectors.joining(", ")));
    if (!report.posture().complete()) {
      out.printf(
          "INCOMPLETE: %d input(s) could not be read; findings cover only what was read:%n",
          report.posture().problems().size());
      report.posture().problems().forEach(p -> out.println("  " + Texts.safe(p)));
    }
  }

  static String summary(PostureReport report) {
    int total = report.active().size();
    String counts =
        report.counts().entrySet().stream()
            .filter(e -> e.getKey() != Severity.UNKNOWN || e.getValue() > 0)
            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", "));
    return total
        + " finding(s) ("
        + counts
        + "), "
        + report.suppressedCount()
        + " suppressed"
        + (report.posture().complete() ? "" : "; report INCOMPLETE");
  }
}
