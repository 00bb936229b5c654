package dev.lashing.match.distro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.vulndb.RecordSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-scope reader of Alpine secdb YAML (the feeds' own parser replaces it at merge): one record
 * per CVE, one affected entry per origin, {@code introduced 0, fixed X}; a fixed version of {@code
 * 0} means the branch was never affected.
 */
public final class SecdbRecords {
  private SecdbRecords() {}

  public static void read(Path file, RecordSink sink) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    String ecosystem = "Alpine:" + root.path("distroversion").asText();
    Map<String, List<AffectedPackage>> byCve = new LinkedHashMap<>();
    for (JsonNode p : root.path("packages")) {
      String name = p.path("pkg").path("name").asText();
      for (Iterator<Map.Entry<String, JsonNode>> it = p.path("pkg").path("secfixes").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> fix = it.next();
        for (JsonNode id : fix.getValue()) {
          for (String cve : id.asText().split("\\s+")) {
            if (!cve.startsWith("CVE-")) {
              continue;
            }
            AffectedPackage ap =
                fix.getKey().equals("0")
                    ? new AffectedPackage(
                        ecosystem,
                        name,
                        AffectedStatus.NOT_AFFECTED,
                        List.of(),
                        List.of(),
                        null,
                        null)
                    : new AffectedPackage(
                        ecosystem,
                        name,
                        AffectedStatus.AFFECTED,
                        List.of(
                            new OsvRange(
                                ecosystem,
                                OsvRange.Type.ECOSYSTEM,
                                List.of(
                                    new OsvEvent.Introduced("0"),
                                    new OsvEvent.Fixed(fix.getKey())))),
                        List.of(),
                        null,
                        null);
            byCve.computeIfAbsent(cve, k -> new ArrayList<>()).add(ap);
          }
        }
      }
    }
    byCve.forEach(
        (cve, affected) ->
            sink.advisory(
                new Advisory(
                    cve, "alpine", List.of(), null, null, null, null, null, List.of(), null,
                    List.of(), List.of(), affected, Map.of())));
  }
}
