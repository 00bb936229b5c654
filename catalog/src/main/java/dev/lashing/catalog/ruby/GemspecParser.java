package dev.lashing.catalog.ruby;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The installed-specification DSL ({@code s.name = "x".freeze}, {@code s.version = "1.2"}, {@code
 * s.licenses = ["MIT".freeze]}): assignments to the spec variable are read line by line; values are
 * the quoted strings on the line. Nothing is evaluated.
 */
final class GemspecParser {
  private GemspecParser() {}

  private static final int MAX_LINES = 50_000;
  private static final Pattern ASSIGN =
      Pattern.compile("^\\s*\\w+\\.(name|version|licenses?|authors?|homepage)\\s*=\\s*(.*)$");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    String[] lines = LanguagePackages.utf8Text(content).split("\r?\n", MAX_LINES);
    for (String line : lines) {
      Matcher m = ASSIGN.matcher(line);
      if (!m.matches() || fields.containsKey(m.group(1))) {
        continue;
      }
      List<String> values = new ArrayList<>();
      Matcher q = QUOTED.matcher(m.group(2));
      while (q.find() && values.size() < 100) {
        values.add(q.group(1) != null ? q.group(1) : q.group(2));
      }
      fields.put(m.group(1), values);
    }
    String name = first(fields, "name");
    String version = first(fields, "version");
    if (name == null || version == null) {
      throw new MalformedFileException("no s.name and s.version assignments");
    }
    List<String> licenses = new ArrayList<>(fields.getOrDefault("licenses", List.of()));
    licenses.addAll(fields.getOrDefault("license", List.of()));
    List<String> authors = new ArrayList<>(fields.getOrDefault("authors", List.of()));
    authors.addAll(fields.getOrDefault("author", List.of()));
    Map<String, String> meta = new LinkedHashMap<>();
    String home = first(fields, "homepage");
    if (home != null) {
      meta.put("homepage", home);
    }
    return CatalogResult.of(
        List.of(
            Gems.of(
                name,
                version,
                licenses,
                authors.isEmpty() ? null : String.join(", ", authors),
                foundBy,
                location,
                meta)));
  }

  private static @Nullable String first(Map<String, List<String>> fields, String key) {
    List<String> v = fields.get(key);
    return v == null || v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst();
  }
}
