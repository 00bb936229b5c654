package dev.lashing.catalog.golang;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code go.mod}: {@code require} lines and blocks, with {@code replace} directives applied (a
 * replacement by a local path keeps the required module).
 */
final class GoModParser {
  private GoModParser() {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    Map<String, String[]> requires = new LinkedHashMap<>();
    Map<String, String[]> replaces = new LinkedHashMap<>();
    String block = null;
    boolean sawModule = false;
    int n = 0;
    for (String raw : LanguagePackages.utf8Text(content).split("\r?\n")) {
      n++;
      String line = raw.contains("//") ? raw.substring(0, raw.indexOf("//")) : raw;
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (block != null) {
        if (line.equals(")")) {
          block = null;
        } else {
          directive(block, line, requires, replaces);
        }
        continue;
      }
      String[] f = line.split("\\s+", 2);
      if (f.length == 2 && f[1].equals("(")) {
        block = f[0];
        sawModule |= block.equals("module");
      } else if (f[0].equals("module")) {
        sawModule = true;
      } else if (f.length == 2) {
        directive(f[0], f[1], requires, replaces);
      } else if (!f[0].equals(")")) {
        throw new MalformedFileException("line " + n + ": unknown directive '" + f[0] + "'");
      }
    }
    if (!sawModule && requires.isEmpty()) {
      throw new MalformedFileException("no module directive");
    }
    List<Package> out = new ArrayList<>();
    for (var r : requires.entrySet()) {
      String[] rep =
          replaces.getOrDefault(r.getKey() + "@" + r.getValue()[0], replaces.get(r.getKey()));
      String path = r.getKey();
      String version = r.getValue()[0];
      Map<String, String> meta = new LinkedHashMap<>();
      if (rep != null && rep.length == 2 && !rep[0].startsWith(".") && !rep[0].startsWith("/")) {
        meta.put("replaces", path);
        path = rep[0];
        version = rep[1];
      }
      out.add(GoModules.of(unquote(path), version, foundBy, location, meta));
    }
    return CatalogResult.of(out);
  }

  private static void directive(
      String verb, String rest, Map<String, String[]> requires, Map<String, String[]> replaces) {
    String[] f = rest.strip().split("\\s+");
    if (verb.equals("require") && f.length >= 2) {
      requires.put(unquote(f[0]), new String[] {f[1]});
    } else if (verb.equals("replace")) {
      int arrow = List.of(f).indexOf("=>");
      if (arrow < 1 || arrow + 1 >= f.length) {
        return;
      }
      String key = arrow == 2 ? unquote(f[0]) + "@" + f[1] : unquote(f[0]);
      String[] target =
          arrow + 2 < f.length
              ? new String[] {unquote(f[arrow + 1]), f[arrow + 2]}
              : new String[] {unquote(f[arrow + 1])};
      replaces.put(key, target);
    }
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
