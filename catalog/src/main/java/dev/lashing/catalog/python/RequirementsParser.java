package dev.lashing.catalog.python;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code requirements.txt}: pinned requirements ({@code name[extras]==version ; markers}); options
 * ({@code -r}, {@code -e}, {@code --hash}), URLs and unpinned ranges name no exact version and are
 * left out.
 */
final class RequirementsParser {
  private RequirementsParser() {}

  private static final Pattern PINNED =
      Pattern.compile(
          "^([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^\\]]*])?\\s*===?\\s*([^\\s;,#\\\\]+)");

  /** pip reads UTF-16 files that start with a byte-order mark; everything else must be UTF-8. */
  private static String text(byte[] content) throws MalformedFileException {
    boolean le = content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe;
    boolean be = content.length >= 2 && (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff;
    if (le || be) {
      return new String(
          content,
          2,
          content.length - 2,
          le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    }
    return LanguagePackages.utf8Text(content);
  }

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    List<Package> out = new ArrayList<>();
    for (String raw : text(content).split("\r?\n")) {
      String line = raw.strip();
      int hash = line.indexOf(" #");
      if (hash >= 0) {
        line = line.substring(0, hash).strip();
      }
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("-")) {
        continue;
      }
      Matcher m = PINNED.matcher(line);
      if (m.find() && !m.group(2).contains("*")) {
        out.add(PyPi.of(m.group(1), m.group(2), List.of(), null, foundBy, location, Map.of()));
      }
    }
    return CatalogResult.of(out);
  }
}
