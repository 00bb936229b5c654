package dev.lashing.vulndb.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.model.Severity;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.model.vuln.CvssScore;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Advisory} as the compact JSON the store keeps in {@code advisories.json}: short keys,
 * absent fields omitted, {@code database_specific} keys sorted so equal records encode to equal
 * bytes (the content hash of delta updates depends on it).
 */
final class AdvisoryCodec {

  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

  private AdvisoryCodec() {}

  static String encode(Advisory a) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("src", a.source());
      strings(g, "al", a.aliases());
      opt(g, "sum", a.summary());
      opt(g, "det", a.details());
      opt(g, "pub", a.published());
      opt(g, "mod", a.modified());
      opt(g, "wd", a.withdrawn());
      if (!a.cvss().isEmpty()) {
        g.writeArrayFieldStart("cvss");
        for (CvssScore c : a.cvss()) {
          g.writeStartObject();
          g.writeStringField("v", c.version());
          g.writeStringField("vec", c.vector());
          g.writeNumberField("s", c.baseScore());
          g.writeStringField("sev", c.severity().name());
          g.writeStringField("by", c.source());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      opt(g, "sev", a.severity());
      strings(g, "cwe", a.cwes());
      strings(g, "ref", a.references());
      if (!a.affected().isEmpty()) {
        g.writeArrayFieldStart("aff");
        for (AffectedPackage p : a.affected()) {
          affected(g, p);
        }
        g.writeEndArray();
      }
      if (!a.databaseSpecific().isEmpty()) {
        g.writeObjectFieldStart("ds");
        for (Map.Entry<String, String> e : new TreeMap<>(a.databaseSpecific()).entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void affected(JsonGenerator g, AffectedPackage p) throws IOException {
    g.writeStartObject();
    g.writeStringField("eco", p.ecosystem());
    g.writeStringField("name", p.name());
    if (p.status() != AffectedStatus.AFFECTED) {
      g.writeStringField("st", p.status().name());
    }
    if (!p.ranges().isEmpty()) {
      g.writeArrayFieldStart("rng");
      for (OsvRange r : p.ranges()) {
        g.writeStartObject();
        g.writeStringField("t", r.type().name());
        if (!r.ecosystem().equals(p.ecosystem())) {
          g.writeStringField("eco", r.ecosystem());
        }
        g.writeArrayFieldStart("ev");
        for (OsvEvent e : r.events()) {
          g.writeStartArray();
          g.writeString(eventKey(e));
          g.writeString(e.version());
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    strings(g, "ver", p.versions());
    opt(g, "sev", p.severity());
    opt(g, "note", p.note());
    g.writeEndObject();
  }

  private static String eventKey(OsvEvent e) {
    return switch (e) {
      case OsvEvent.Introduced i -> "introduced";
      case OsvEvent.Fixed f -> "fixed";
      case OsvEvent.LastAffected l -> "last_affected";
      case OsvEvent.Limit l -> "limit";
    };
  }

  private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(key);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private static void opt(JsonGenerator g, String key, @Nullable Object value) throws IOException {
    if (value != null) {
      g.writeStringField(key, value.toString());
    }
  }

  /**
   * Decodes what {@link #encode} wrote.
   *
   * @throws IllegalArgumentException when the text is not such a record
   */
  static Advisory decode(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("stored advisory is not JSON: " + e.getMessage(), e);
    }
    List<CvssScore> cvss = new ArrayList<>();
    for (JsonNode c : n.path("cvss")) {
      cvss.add(
          new CvssScore(
              c.path("v").asText(),
              c.path("vec").asText(),
              c.path("s").asDouble(),
              Severity.valueOf(c.path("sev").asText()),
              c.path("by").asText()));
    }
    List<AffectedPackage> affected = new ArrayList<>();
    for (JsonNode p : n.path("aff")) {
      affected.add(affected(p));
    }
    Map<String, String> ds = new TreeMap<>();
    n.path("ds").properties().forEach(e -> ds.put(e.getKey(), e.getValue().asText()));
    return new Advisory(
        n.path("id").asText(),
        n.path("src").asText(),
        strings(n.path("al")),
        text(n, "sum"),
        text(n, "det"),
        instant(n, "pub"),
        instant(n, "mod"),
        instant(n, "wd"),
        cvss,
        text(n, "sev"),
        strings(n.path("cwe")),
        strings(n.path("ref")),
        affected,
        ds);
  }

  private static AffectedPackage affected(JsonNode p) {
    String ecosystem = p.path("eco").asText();
    List<OsvRange> ranges = new ArrayList<>();
    for (JsonNode r : p.path("rng")) {
      List<OsvEvent> events = new ArrayList<>();
      for (JsonNode e : r.path("ev")) {
        events.add(OsvEvent.of(e.path(0).asText(), e.path(1).asText()));
      }
      String rangeEco = r.has("eco") ? r.path("eco").asText() : ecosystem;
      ranges.add(new OsvRange(rangeEco, OsvRange.Type.valueOf(r.path("t").asText()), events));
    }
    return new AffectedPackage(
        ecosystem,
        p.path("name").asText(),
        p.has("st") ? AffectedStatus.valueOf(p.path("st").asText()) : AffectedStatus.AFFECTED,
        ranges,
        strings(p.path("ver")),
        text(p, "sev"),
        text(p, "note"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static @Nullable String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable Instant instant(JsonNode n, String key) {
    String t = text(n, key);
    return t == null ? null : Instant.parse(t);
  }
}
