package dev.lashing.vulndb.kev;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.support.FeedJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Streams {@code vulnerabilities[]} of the catalog, one entry at a time. */
final class KevSource implements VulnSource {

  private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
  private static final ObjectMapper MAPPER = FeedJson.JSON;

  private final List<Feed> feeds;

  KevSource(List<Feed> feeds) {
    this.feeds = List.copyOf(feeds);
  }

  @Override
  public String name() {
    return CisaKev.NAME;
  }

  @Override
  public String description() {
    return "CISA Known Exploited Vulnerabilities catalog (KEV flag, date added, due date)";
  }

  @Override
  public List<Feed> feeds() {
    return feeds;
  }

  @Override
  public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException, VulnDataException {
    String where = CisaKev.NAME + " feed " + feed.name() + " (" + from + ")";
    try (JsonParser p = MAPPER.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new VulnDataException(where + ": not a JSON object at " + at(p));
      }
      boolean seen = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("vulnerabilities") && value == JsonToken.START_ARRAY) {
          seen = true;
          int index = 0;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode entry = MAPPER.readTree(p);
            sink.kev(entry(entry, where + " vulnerabilities[" + index + "] near " + at(p)));
            index++;
          }
          if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new VulnDataException(
                where + ": vulnerabilities[" + index + "] is not an object at " + at(p));
          }
        } else {
          p.skipChildren();
        }
      }
      if (!seen) {
        throw new VulnDataException(where + ": no vulnerabilities array");
      }
      return null;
    } catch (JacksonException e) {
      throw new VulnDataException(
          where + ": malformed JSON at " + FeedJson.at(e) + ": " + FeedJson.reason(e), e);
    }
  }

  static Kev entry(JsonNode e, String where) throws VulnDataException {
    String cve = text(e, "cveID");
    if (cve == null || !CVE.matcher(cve).matches()) {
      throw new VulnDataException(where + ": cveID missing or not a CVE id: " + FeedJson.clip(cve));
    }
    LocalDate added = date(e, "dateAdded", where + " (" + cve + ")");
    if (added == null) {
      throw new VulnDataException(where + " (" + cve + "): dateAdded missing");
    }
    String ransomware = text(e, "knownRansomwareCampaignUse");
    return new Kev(
        cve,
        added,
        date(e, "dueDate", where + " (" + cve + ")"),
        "Known".equalsIgnoreCase(ransomware),
        orEmpty(text(e, "vendorProject")),
        orEmpty(text(e, "product")),
        orEmpty(text(e, "requiredAction")));
  }

  private static @Nullable String text(JsonNode node, String field) {
    return FeedJson.text(node, field);
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static @Nullable LocalDate date(JsonNode node, String field, String where)
      throws VulnDataException {
    String s = text(node, field);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new VulnDataException(
          where + ": " + field + " is not a date (YYYY-MM-DD): " + FeedJson.clip(s), e);
    }
  }

  private static String at(JsonParser p) {
    return FeedJson.at(p);
  }
}
