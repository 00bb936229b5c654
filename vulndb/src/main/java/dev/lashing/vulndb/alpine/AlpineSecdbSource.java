package dev.lashing.vulndb.alpine;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.version.VersionScheme;
import dev.lashing.model.version.VersionSchemes;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.support.FeedJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads one secdb file (JSON or YAML, told apart by the first byte), one package at a time, and
 * writes one advisory per vulnerability id of the file.
 */
final class AlpineSecdbSource implements VulnSource {

  private static final VersionScheme APK = VersionSchemes.forEcosystem("Alpine");

  private final List<Feed> feeds;

  AlpineSecdbSource(List<Feed> feeds) {
    this.feeds = List.copyOf(feeds);
  }

  @Override
  public String name() {
    return AlpineSecdb.NAME;
  }

  @Override
  public String description() {
    return "Alpine secdb: fixed versions of aports per release (main and community)";
  }

  @Override
  public List<Feed> feeds() {
    return feeds;
  }

  /** What one file says about one vulnerability id. */
  private static final class Vuln {
    final Set<String> aliases = new LinkedHashSet<>();
    final Map<String, Set<String>> fixesByPackage = new LinkedHashMap<>();
  }

  @Override
  public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
      throws IOException, VulnDataException {
    String where = AlpineSecdb.NAME + " feed " + feed.name() + " (" + from + ")";
    BufferedInputStream body = new BufferedInputStream(in);
    ObjectMapper mapper = isJson(body) ? FeedJson.JSON : FeedJson.YAML;
    String distroversion = null;
    String reponame = null;
    Map<String, Vuln> vulns = new LinkedHashMap<>();
    boolean sawPackages = false;
    try (JsonParser p = mapper.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new VulnDataException(where + ": not a secdb document (an object) at " + at(p));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "distroversion" -> distroversion = scalar(p, value, field, where);
          case "reponame" -> reponame = scalar(p, value, field, where);
          case "packages" -> {
            sawPackages = true;
            if (value == JsonToken.VALUE_NULL
                || (value == JsonToken.VALUE_STRING && p.getText().isBlank())) {
              continue; // "packages:" with nothing under it (v3.3 community)
            }
            if (value != JsonToken.START_ARRAY) {
              throw new VulnDataException(where + ": packages is not a list at " + at(p));
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              String here = where + " packages[" + index + "] at " + at(p);
              JsonNode entry = mapper.readTree(p);
              collect(entry, here, vulns);
              index++;
            }
          }
          default -> p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw new VulnDataException(
          where + ": malformed secdb at " + FeedJson.at(e) + ": " + FeedJson.reason(e), e);
    }
    if (!sawPackages) {
      throw new VulnDataException(where + ": no packages list (not a secdb file)");
    }
    String release = distroversion != null ? distroversion : releaseOf(feed.name());
    String repo = reponame != null ? reponame : repoOf(feed.name());
    emit(release, repo, vulns, sink);
    return null;
  }

  private static boolean isJson(BufferedInputStream in) throws IOException {
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int c = in.read();
        if (c == -1) {
          return true;
        }
        if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
          return c == '{' || c == '[';
        }
      }
      return true;
    } finally {
      in.reset();
    }
  }

  private static @Nullable String scalar(JsonParser p, JsonToken value, String field, String where)
      throws IOException, VulnDataException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (!value.isScalarValue()) {
      throw new VulnDataException(where + ": " + field + " is not a single value at " + at(p));
    }
    String s = p.getText().strip();
    if (s.isEmpty()
        || s.contains("/")
        || s.contains(":")
        || s.chars().anyMatch(Character::isWhitespace)) {
      throw new VulnDataException(
          where + ": " + field + " '" + FeedJson.clip(s) + "' is not a release or repository name");
    }
    return s;
  }

  private static void collect(JsonNode entry, String where, Map<String, Vuln> vulns)
      throws VulnDataException {
    JsonNode pkg = entry.get("pkg");
    if (pkg == null || !pkg.isObject()) {
      throw new VulnDataException(where + ": expected {pkg: {name, secfixes}}");
    }
    String name = FeedJson.text(pkg, "name");
    if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new VulnDataException(where + ": pkg.name missing or not a package name");
    }
    JsonNode secfixes = pkg.get("secfixes");
    if (secfixes == null || secfixes.isNull()) {
      return;
    }
    if (!secfixes.isObject()) {
      throw new VulnDataException(where + " (" + FeedJson.clip(name) + "): secfixes is not a map");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = secfixes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> fix = it.next();
      String version = fix.getKey().strip();
      if (version.isEmpty() || version.chars().anyMatch(Character::isWhitespace)) {
        throw new VulnDataException(
            where
                + " ("
                + FeedJson.clip(name)
                + "): secfixes version '"
                + FeedJson.clip(version)
                + "' is not a version");
      }
      JsonNode lines = fix.getValue();
      List<JsonNode> items = new ArrayList<>();
      if (lines.isArray()) {
        lines.forEach(items::add);
      } else if (lines.isValueNode() && !lines.isNull()) {
        items.add(lines);
      }
      for (JsonNode line : items) {
        if (!line.isValueNode() || line.isNull()) {
          continue;
        }
        SecfixIds.Ids ids = SecfixIds.parse(line.asText());
        for (String id : ids.primary()) {
          Vuln v = vulns.computeIfAbsent(id, k -> new Vuln());
          v.aliases.addAll(ids.aliases());
          v.fixesByPackage.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(version);
        }
      }
    }
  }

  private static void emit(String release, String repo, Map<String, Vuln> vulns, RecordSink sink) {
    String ecosystem = "Alpine:" + release;
    for (Map.Entry<String, Vuln> e : vulns.entrySet()) {
      String id = e.getKey();
      List<AffectedPackage> affected = new ArrayList<>();
      for (Map.Entry<String, Set<String>> pkg : e.getValue().fixesByPackage.entrySet()) {
        affected.add(affected(ecosystem, pkg.getKey(), pkg.getValue()));
      }
      List<String> aliases = new ArrayList<>();
      aliases.add(id);
      e.getValue().aliases.stream().filter(a -> !a.equals(id)).forEach(aliases::add);
      List<String> refs =
          id.startsWith("CVE-")
              ? List.of("https://security.alpinelinux.org/vuln/" + id)
              : List.of();
      sink.advisory(
          new Advisory(
              "ALPINE/" + release + "/" + repo + "/" + id,
              AlpineSecdb.NAME,
              aliases,
              null,
              null,
              null,
              null,
              null,
              List.of(),
              null,
              List.of(),
              refs,
              affected,
              Map.of("distroversion", release, "reponame", repo)));
    }
  }

  static AffectedPackage affected(String ecosystem, String name, Set<String> versions) {
    TreeSet<String> fixes = new TreeSet<>(APK.comparator().thenComparing(String::compareTo));
    versions.stream().filter(v -> !v.equals("0")).forEach(fixes::add);
    if (fixes.isEmpty()) {
      return new AffectedPackage(
          ecosystem, name, AffectedStatus.NOT_AFFECTED, List.of(), List.of(), null, null);
    }
    List<OsvRange> ranges = new ArrayList<>();
    for (String fixed : fixes) {
      ranges.add(
          new OsvRange(
              ecosystem,
              OsvRange.Type.ECOSYSTEM,
              List.of(new OsvEvent.Introduced("0"), new OsvEvent.Fixed(fixed))));
    }
    return new AffectedPackage(
        ecosystem, name, AffectedStatus.AFFECTED, ranges, List.of(), null, null);
  }

  private static String releaseOf(String feedName) {
    int dash = feedName.lastIndexOf('-');
    return dash > 0 ? feedName.substring(0, dash) : feedName;
  }

  private static String repoOf(String feedName) {
    int dash = feedName.lastIndexOf('-');
    return dash > 0 ? feedName.substring(dash + 1) : "main";
  }

  private static String at(JsonParser p) {
    return FeedJson.at(p);
  }
}
