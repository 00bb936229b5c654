package dev.lashing.match.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads OSV JSON records (one object, or an array of them) into the store's records, for the
 * bundled snapshot and for {@code --db DIR} with OSV files. It keeps what matching needs: ids and
 * aliases, texts, dates, withdrawal, affected packages with ranges and versions, references, CWE
 * ids and {@code database_specific}; CVSS vectors are left to the store's OSV source, which scores
 * them. A snapshot file may also carry {@code {"kev": [...]}} entries in CISA's field names.
 */
final class OsvRecords {
  static final int MAX_BYTES = 256 * 1024 * 1024;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(100)
                          .maxStringLength(MAX_BYTES)
                          .build())
                  .build())
          .build();

  private OsvRecords() {}

  /** Reads {@code bytes} (named {@code where} in messages) into {@code sink}; returns the count. */
  static int read(byte[] bytes, String where, String source, RecordSink sink)
      throws VulnDataException {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JacksonException e) {
      throw new VulnDataException(where + ": not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new VulnDataException(where + ": cannot read: " + e.getMessage(), e);
    }
    return read(root, where, source, sink);
  }

  /** Reads an already parsed JSON or YAML tree of OSV records. */
  static int read(@Nullable JsonNode root, String where, String source, RecordSink sink)
      throws VulnDataException {
    if (root == null) {
      throw new VulnDataException(where + ": empty");
    }
    int n = 0;
    if (root.isObject() && root.has("records")) {
      for (JsonNode k : root.path("kev")) {
        sink.kev(kev(where, k));
      }
      root = root.path("records");
    }
    if (root.isArray()) {
      int i = 0;
      for (JsonNode r : root) {
        sink.advisory(advisory(where + " record " + i++, source, r));
        n++;
      }
    } else if (root.isObject()) {
      sink.advisory(advisory(where, source, root));
      n++;
    } else {
      throw new VulnDataException(where + ": expected an OSV record or an array of them");
    }
    return n;
  }

  private static Advisory advisory(String where, String source, JsonNode r)
      throws VulnDataException {
    String id = text(r, "id");
    if (id == null) {
      throw new VulnDataException(where + ": OSV record without an id");
    }
    String at = where + " (" + id + ")";
    try {
      List<AffectedPackage> affected = new ArrayList<>();
      for (JsonNode a : r.path("affected")) {
        affected.add(affected(a));
      }
      List<String> refs = new ArrayList<>();
      r.path("references").forEach(x -> refs.add(x.path("url").asText()));
      List<String> cwes = new ArrayList<>();
      r.path("database_specific").path("cwe_ids").forEach(x -> cwes.add(x.asText()));
      Map<String, String> db = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = r.path("database_specific").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        db.put(
            e.getKey(),
            e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
      }
      List<String> aliases = new ArrayList<>();
      r.path("aliases").forEach(x -> aliases.add(x.asText()));
      return new Advisory(
          id,
          source,
          aliases,
          text(r, "summary"),
          text(r, "details"),
          instant(text(r, "published")),
          instant(text(r, "modified")),
          instant(text(r, "withdrawn")),
          List.of(),
          text(r.path("database_specific"), "severity"),
          cwes,
          refs,
          affected,
          db);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new VulnDataException(at + ": " + e.getMessage(), e);
    }
  }

  private static AffectedPackage affected(JsonNode a) {
    String ecosystem = a.path("package").path("ecosystem").asText("");
    String name = a.path("package").path("name").asText("");
    List<OsvRange> ranges = new ArrayList<>();
    for (JsonNode range : a.path("ranges")) {
      List<OsvEvent> events = new ArrayList<>();
      for (JsonNode e : range.path("events")) {
        Iterator<Map.Entry<String, JsonNode>> f = e.fields();
        if (f.hasNext()) {
          Map.Entry<String, JsonNode> kv = f.next();
          events.add(OsvEvent.of(kv.getKey(), kv.getValue().asText()));
        }
      }
      ranges.add(new OsvRange(ecosystem, OsvRange.Type.of(range.path("type").asText("")), events));
    }
    List<String> versions = new ArrayList<>();
    a.path("versions").forEach(v -> versions.add(v.asText()));
    return new AffectedPackage(
        ecosystem, name, AffectedStatus.AFFECTED, ranges, versions, null, null);
  }

  private static Kev kev(String where, JsonNode k) throws VulnDataException {
    String cve = text(k, "cveID");
    String added = text(k, "dateAdded");
    if (cve == null || added == null) {
      throw new VulnDataException(where + ": KEV entry without cveID or dateAdded");
    }
    String due = text(k, "dueDate");
    return new Kev(
        cve,
        LocalDate.parse(added),
        due == null ? null : LocalDate.parse(due),
        "Known".equalsIgnoreCase(text(k, "knownRansomwareCampaignUse")),
        k.path("vendorProject").asText(""),
        k.path("product").asText(""),
        k.path("requiredAction").asText(""));
  }

  private static @Nullable Instant instant(@Nullable String s) {
    return s == null ? null : Instant.parse(s);
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
  }
}
