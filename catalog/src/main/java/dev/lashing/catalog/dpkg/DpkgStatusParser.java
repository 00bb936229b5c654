package dev.lashing.catalog.dpkg;

import dev.lashing.catalog.distro.DbFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dpkg status files (deb822: stanzas of {@code Field: value} lines, continuation lines
 * starting with a space or tab, stanzas separated by blank lines). Pure: bytes in, entries out.
 * Stanzas without a {@code Package} field are skipped; a line that is neither a field nor a
 * continuation fails the whole file, as it does for dpkg.
 */
final class DpkgStatusParser {
  private static final Pattern SOURCE = Pattern.compile("^(\\S+)(?:\\s*\\(([^)]*)\\))?");

  private DpkgStatusParser() {}

  static List<DpkgEntry> parse(byte[] data) throws DbFormatException {
    String text = new String(data, StandardCharsets.UTF_8);
    List<DpkgEntry> out = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    String last = null;
    int start = 1;
    int lineNo = 0;
    for (String line : text.split("\r?\n", -1)) {
      lineNo++;
      if (line.isBlank()) {
        addEntry(fields, start, out);
        fields.clear();
        last = null;
        continue;
      }
      if (fields.isEmpty() && last == null) {
        start = lineNo;
      }
      char c = line.charAt(0);
      if (c == ' ' || c == '\t') {
        if (last == null) {
          throw new DbFormatException("line " + lineNo + ": continuation line without a field");
        }
        fields.merge(last, "\n" + line.strip(), String::concat);
        continue;
      }
      if (c == '#') {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new DbFormatException("line " + lineNo + ": expected 'Field: value'");
      }
      last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      fields.put(last, line.substring(colon + 1).strip());
    }
    addEntry(fields, start, out);
    return out;
  }

  private static void addEntry(Map<String, String> f, int line, List<DpkgEntry> out) {
    String name = f.getOrDefault("package", "").strip();
    if (name.isEmpty() || name.contains("\n")) {
      return;
    }
    String source = null;
    String sourceVersion = null;
    Matcher m = SOURCE.matcher(f.getOrDefault("source", "").strip());
    if (m.find()) {
      source = m.group(1);
      sourceVersion = m.group(2) == null ? null : m.group(2).strip();
    }
    List<List<String>> depends = new ArrayList<>();
    depends.addAll(DpkgRelations.parse(f.getOrDefault("pre-depends", "")));
    depends.addAll(DpkgRelations.parse(f.getOrDefault("depends", "")));
    List<String> provides =
        DpkgRelations.parse(f.getOrDefault("provides", "")).stream().flatMap(List::stream).toList();
    out.add(
        new DpkgEntry(
            name,
            firstLine(f.getOrDefault("version", "")),
            blankToNull(f.get("architecture")),
            source,
            sourceVersion == null || sourceVersion.isEmpty() ? null : sourceVersion,
            blankToNull(f.get("maintainer")),
            blankToNull(f.get("status")),
            depends,
            provides,
            line));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : firstLine(s);
  }
}
