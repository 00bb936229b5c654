package dev.lashing.report.vuln;

import dev.lashing.match.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The report formats of a vulnerability scan, by their stable ids. */
public enum VulnFormat {
  TABLE("table"),
  JSON("json"),
  SARIF("sarif"),
  JUNIT("junit"),
  CYCLONEDX("cyclonedx"),
  MARKDOWN("markdown");

  private final String id;

  VulnFormat(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<VulnFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(VulnFormat::id).toList();
  }

  /** Writes {@code result} in this format. */
  public void write(ScanResult result, Writer out) throws IOException {
    switch (this) {
      case TABLE -> VulnTable.write(result, out);
      case JSON -> VulnJson.write(result, out);
      case SARIF -> VulnSarif.write(result, out);
      case JUNIT -> VulnJunit.write(result, out);
      case CYCLONEDX -> VulnCycloneDx.write(result, out);
      case MARKDOWN -> VulnMarkdown.write(result, out);
    }
  }
}
