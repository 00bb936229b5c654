package dev.lashing.catalog.ruby;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Gemfile.lock}: the {@code specs:} of the GEM, GIT and PATH sections — four-space {@code
 * name (version)} lines, their six-space dependencies below. Platform suffixes ({@code
 * -x86_64-linux}) are kept in metadata, not the version.
 */
final class GemfileLockParser {
  private GemfileLockParser() {}

  private static final Pattern SPEC = Pattern.compile("^ {4}([^ (]+) \\(([^)]+)\\)$");
  private static final Pattern DEP = Pattern.compile("^ {6}([^ (]+)(?: \\(.*\\))?$");
  private static final Pattern PLATFORM =
      Pattern.compile(
          "^([0-9][0-9A-Za-z.]*)-((?:x86|x64|arm|aarch64|universal|java|mingw|mswin).*)$");

  private static final Set<String> KNOWN =
      Set.of("GEM", "GIT", "PATH", "PLATFORMS", "DEPENDENCIES", "BUNDLED WITH", "RUBY VERSION");

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    Map<String, Package> byName = new LinkedHashMap<>();
    Map<String, List<String>> deps = new LinkedHashMap<>();
    String section = null;
    String current = null;
    boolean inSpecs = false;
    boolean sawSection = false;
    for (String line : LanguagePackages.utf8Text(content).split("\r?\n")) {
      if (!line.isEmpty() && !line.startsWith(" ")) {
        section = line.strip();
        sawSection |= KNOWN.contains(section);
        inSpecs = false;
        continue;
      }
      if (line.equals("  specs:")) {
        inSpecs = List.of("GEM", "GIT", "PATH").contains(section);
        continue;
      }
      if (!inSpecs) {
        continue;
      }
      Matcher s = SPEC.matcher(line);
      Matcher d = DEP.matcher(line);
      if (s.matches()) {
        current = s.group(1);
        String version = s.group(2);
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher p = PLATFORM.matcher(version);
        if (p.matches()) {
          version = p.group(1);
          meta.put("platform", p.group(2));
        }
        if (!byName.containsKey(current)) {
          byName.put(current, Gems.of(current, version, List.of(), null, foundBy, location, meta));
        }
      } else if (d.matches() && current != null) {
        deps.computeIfAbsent(current, k -> new ArrayList<>()).add(d.group(1));
      }
    }
    if (section == null || byName.isEmpty() && !sawSection) {
      throw new MalformedFileException("no sections (GEM, GIT, PATH, DEPENDENCIES)");
    }
    List<Relationship> rels = new ArrayList<>();
    for (var e : deps.entrySet()) {
      for (String to : e.getValue()) {
        if (byName.containsKey(to)) {
          rels.add(
              new Relationship(
                  byName.get(e.getKey()).id(), byName.get(to).id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
    return new CatalogResult(new ArrayList<>(byName.values()), rels, Set.of());
  }
}
