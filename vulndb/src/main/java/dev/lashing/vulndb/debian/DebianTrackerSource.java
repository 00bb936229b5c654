package dev.lashing.vulndb.debian;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.support.FeedJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams the tracker export one source package at a time; see the package documentation. */
final class DebianTrackerSource implements VulnSource {

  private final List<Feed> feeds;

  DebianTrackerSource(List<Feed> feeds) {
    this.feeds = List.copyOf(feeds);
  }

  @Override
  public String name() {
    return DebianTracker.NAME;
  }

  @Override
  public String description() {
    return "Debian security tracker: per-release status and fixed version of each source package";
  }

  @Override
  public List<Feed> feeds() {
    return feeds;
  }

  /** What the file says about one CVE so far. */
  private static final class Cve {
    @Nullable String description;
    @Nullable String scope;
    final List<DebianRow> rows = new ArrayList<>(2);
  }

  @Override
  public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException, VulnDataException {
    String where = DebianTracker.NAME + " feed " + feed.name() + " (" + from + ")";
    Map<String, Cve> cves = new HashMap<>();
    try (JsonParser p = FeedJson.JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new VulnDataException(
            where + ": expected an object of source packages at " + FeedJson.at(p));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String pkg = p.currentName();
        String here = where + " package '" + FeedJson.clip(pkg) + "' at " + FeedJson.at(p);
        p.nextToken();
        JsonNode entries = FeedJson.JSON.readTree(p);
        if (pkg.isBlank() || pkg.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
          throw new VulnDataException(here + ": not a source package name");
        }
        if (!entries.isObject()) {
          throw new VulnDataException(here + ": expected an object of CVE entries");
        }
        collect(pkg, entries, here, cves);
      }
    } catch (JacksonException e) {
      throw new VulnDataException(
          where + ": malformed JSON at " + FeedJson.at(e) + ": " + FeedJson.reason(e), e);
    }
    emit(cves, sink);
    return null;
  }

  private static void collect(String pkg, JsonNode entries, String where, Map<String, Cve> cves)
      throws VulnDataException {
    for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey().strip();
      JsonNode entry = e.getValue();
      if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace) || !entry.isObject()) {
        throw new VulnDataException(
            where + ": entry '" + FeedJson.clip(id) + "' is not an id with an object");
      }
      Cve cve = cves.computeIfAbsent(id, k -> new Cve());
      if (cve.description == null) {
        cve.description = FeedJson.text(entry, "description");
      }
      if (cve.scope == null) {
        cve.scope = FeedJson.text(entry, "scope");
      }
      JsonNode releases = entry.get("releases");
      if (releases == null || releases.isNull() || (releases.isArray() && releases.isEmpty())) {
        continue;
      }
      if (!releases.isObject()) {
        throw new VulnDataException(
            where + " " + FeedJson.clip(id) + ": releases is not an object of releases");
      }
      for (Iterator<Map.Entry<String, JsonNode>> r = releases.fields(); r.hasNext(); ) {
        Map.Entry<String, JsonNode> release = r.next();
        String codename = release.getKey().strip();
        if (!release.getValue().isObject()
            || codename.isEmpty()
            || codename.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':')) {
          throw new VulnDataException(
              where
                  + " "
                  + FeedJson.clip(id)
                  + ": release '"
                  + FeedJson.clip(codename)
                  + "' is not a codename with an object");
        }
        cve.rows.add(DebianRow.of(codename, pkg, release.getValue()));
      }
    }
  }

  private static void emit(Map<String, Cve> cves, RecordSink sink) {
    List<String> ids = new ArrayList<>(cves.keySet());
    ids.sort(null);
    for (String id : ids) {
      Cve cve = cves.remove(id);
      List<AffectedPackage> affected = new ArrayList<>(cve.rows.size());
      int worst = -1;
      for (DebianRow row : cve.rows) {
        affected.add(row.affected());
        if (row.urgency() != null) {
          worst = Math.max(worst, DebianRow.URGENCY_ORDER.indexOf(row.urgency()));
        }
      }
      Map<String, String> specific = new HashMap<>();
      if (cve.scope != null) {
        specific.put("scope", cve.scope);
      }
      sink.advisory(
          new Advisory(
              id,
              DebianTracker.NAME,
              List.of(),
              cve.description,
              null,
              null,
              null,
              null,
              List.of(),
              worst < 0 ? null : DebianRow.URGENCY_ORDER.get(worst),
              List.of(),
              List.of("https://security-tracker.debian.org/tracker/" + id),
              affected,
              specific));
    }
  }
}
