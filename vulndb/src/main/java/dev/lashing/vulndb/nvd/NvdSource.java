package dev.lashing.vulndb.nvd;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.support.FeedJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Streams one API page, one CVE at a time, and says which page comes next. */
final class NvdSource implements VulnSource {

  private final List<Feed> feeds;

  NvdSource(List<Feed> feeds) {
    this.feeds = List.copyOf(feeds);
  }

  @Override
  public String name() {
    return NvdApi.NAME;
  }

  @Override
  public String description() {
    return "NVD CVE API 2.0: descriptions, CVSS v2/v3/v4 scores, CWE ids and references";
  }

  @Override
  public List<Feed> feeds() {
    return feeds;
  }

  @Override
  public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException, VulnDataException {
    String where = NvdApi.NAME + " feed " + feed.name() + " (" + from + ")";
    long perPage = -1;
    long start = -1;
    long total = -1;
    boolean sawVulnerabilities = false;
    try (JsonParser p = FeedJson.JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new VulnDataException(
            where + ": not an API 2.0 response object at " + FeedJson.at(p));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "resultsPerPage" -> perPage = number(p, value, field, where);
          case "startIndex" -> start = number(p, value, field, where);
          case "totalResults" -> total = number(p, value, field, where);
          case "vulnerabilities" -> {
            sawVulnerabilities = true;
            if (value != JsonToken.START_ARRAY) {
              throw new VulnDataException(where + ": vulnerabilities is not a list");
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              String here = where + " vulnerabilities[" + index + "] at " + FeedJson.at(p);
              JsonNode item = FeedJson.JSON.readTree(p);
              JsonNode cve = item.get("cve");
              if (cve == null || !cve.isObject()) {
                throw new VulnDataException(here + ": expected {\"cve\": {...}}");
              }
              sink.advisory(NvdCve.advisory(cve, here));
              index++;
            }
          }
          default -> p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw new VulnDataException(
          where + ": malformed JSON at " + FeedJson.at(e) + ": " + FeedJson.reason(e), e);
    }
    if (!sawVulnerabilities || perPage < 0 || start < 0 || total < 0) {
      throw new VulnDataException(
          where
              + ": not an API 2.0 page (needs resultsPerPage, startIndex, totalResults and"
              + " vulnerabilities)");
    }
    long next = start + perPage;
    return perPage > 0 && next < total ? withStartIndex(from, next) : null;
  }

  private static long number(JsonParser p, JsonToken value, String field, String where)
      throws IOException, VulnDataException {
    if (value != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0) {
      throw new VulnDataException(
          where + ": " + field + " is not a non-negative integer at " + FeedJson.at(p));
    }
    return p.getLongValue();
  }

  /** {@code from} with {@code startIndex} set to {@code next}, other parameters kept. */
  static URI withStartIndex(URI from, long next) {
    String query = from.getRawQuery();
    List<String> params = new ArrayList<>();
    if (query != null) {
      for (String param : query.split("&")) {
        if (!param.isEmpty() && !param.startsWith("startIndex=")) {
          params.add(param);
        }
      }
    }
    params.add("startIndex=" + next);
    String s = from.toString();
    int q = s.indexOf('?');
    return URI.create((q < 0 ? s : s.substring(0, q)) + "?" + String.join("&", params));
  }
}
