package dev.lashing.misconfig.helm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits {@code helm template} output into one text per template. Helm prints every document as
 * {@code ---}, {@code # Source: CHART/templates/x.yaml}, then the document; documents of the same
 * template are joined again with {@code ---} lines, in Helm's order.
 */
final class RenderedOutput {
  static final String SOURCE = "# Source: ";

  private RenderedOutput() {}

  /**
   * @param chart the chart path as the user gave it
   * @param packaged whether {@code chart} is a {@code .tgz} (names become {@code chart!/source})
   */
  static List<RenderedTemplate> split(String output, String chart, boolean packaged) {
    Map<String, StringBuilder> bySource = new LinkedHashMap<>();
    String source = null;
    StringBuilder current = null;
    for (String line : output.split("\n", -1)) {
      if (line.equals("---") || line.startsWith("--- ")) {
        source = null;
        current = null;
        continue;
      }
      if (source == null && current == null && line.startsWith(SOURCE)) {
        source = line.substring(SOURCE.length()).strip();
        StringBuilder text = bySource.get(source);
        if (text == null) {
          text = new StringBuilder();
          bySource.put(source, text);
        } else {
          text.append("---\n");
        }
        current = text;
        continue;
      }
      if (current != null) {
        current.append(line).append('\n');
      }
    }
    List<RenderedTemplate> out = new ArrayList<>();
    bySource.forEach(
        (s, text) -> {
          String body = text.toString().stripTrailing();
          if (!body.isBlank()) {
            out.add(new RenderedTemplate(name(chart, packaged, s), body + "\n"));
          }
        });
    return out;
  }

  /**
   * {@code web/templates/x.yaml} of chart {@code deploy/web} → {@code deploy/web/templates/x.yaml};
   * of {@code web-1.0.0.tgz} → {@code web-1.0.0.tgz!/web/templates/x.yaml}.
   */
  static String name(String chart, boolean packaged, String source) {
    if (packaged) {
      return chart + "!/" + source;
    }
    int slash = source.indexOf('/');
    String below = slash < 0 ? source : source.substring(slash + 1);
    return chart.endsWith("/") ? chart + below : chart + "/" + below;
  }
}
