package dev.lashing.catalog.npm;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code yarn.lock}: v1 ({@code version "1.0"}) and Berry ({@code version: 1.0}, a YAML subset),
 * read line by line: a block per resolved package, headed by its descriptors ({@code name@range}).
 */
final class YarnLockParser {
  private YarnLockParser() {}

  private static final class Block {
    final List<String> descriptors;
    String version = "";
    final List<String[]> deps = new ArrayList<>();

    Block(List<String> descriptors) {
      this.descriptors = descriptors;
    }
  }

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    List<Block> blocks = blocks(LanguagePackages.utf8Text(content));
    Map<String, Package> byDescriptor = new HashMap<>();
    Map<String, Package> packages = new LinkedHashMap<>();
    List<Block> kept = new ArrayList<>();
    for (Block b : blocks) {
      String first = b.descriptors.getFirst();
      if (b.version.isEmpty() || first.startsWith("__metadata") || first.contains("@workspace:")) {
        continue;
      }
      String name = name(first);
      if (name.isEmpty()) {
        throw new MalformedFileException("entry '" + first + "' names no package");
      }
      String key = name + "@" + b.version;
      Package p = packages.get(key);
      if (p == null) {
        p = NpmPackages.of(name, b.version, List.of(), null, foundBy, location, Map.of());
        packages.put(key, p);
      }
      for (String d : b.descriptors) {
        byDescriptor.put(d, p);
      }
      kept.add(b);
    }
    List<Relationship> rels = new ArrayList<>();
    for (Block b : kept) {
      Package from = byDescriptor.get(b.descriptors.getFirst());
      for (String[] dep : b.deps) {
        Package to = byDescriptor.get(dep[0] + "@" + dep[1]);
        if (to == null) {
          to = byDescriptor.get(dep[0] + "@npm:" + dep[1]);
        }
        if (from != null && to != null) {
          rels.add(new Relationship(from.id(), to.id(), Relationship.Kind.DEPENDS_ON));
        }
      }
    }
    return new CatalogResult(new ArrayList<>(packages.values()), rels, Set.of());
  }

  private static List<Block> blocks(String text) throws MalformedFileException {
    List<Block> blocks = new ArrayList<>();
    Block current = null;
    boolean inDeps = false;
    int lineNo = 0;
    for (String line : text.split("\r?\n")) {
      lineNo++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      String s = line.strip();
      if (indent == 0) {
        if (!s.endsWith(":")) {
          throw new MalformedFileException("line " + lineNo + ": expected 'descriptor:'");
        }
        List<String> ds = new ArrayList<>();
        for (String d : s.substring(0, s.length() - 1).split(",")) {
          ds.add(d.strip().replaceAll("^\"|\"$", ""));
        }
        current = new Block(ds);
        blocks.add(current);
        inDeps = false;
      } else if (current == null) {
        throw new MalformedFileException("line " + lineNo + ": indented line outside an entry");
      } else if (indent <= 2) {
        String[] kv = keyValue(s);
        inDeps = kv[1].isEmpty() && kv[0].endsWith("ependencies");
        if (kv[0].equals("version")) {
          current.version = kv[1];
        }
      } else if (inDeps) {
        String[] kv = keyValue(s);
        current.deps.add(kv);
      }
    }
    return blocks;
  }

  /** {@code key value}, {@code key: value}, {@code "key" "value"}, unquoted. */
  private static String[] keyValue(String s) {
    int split;
    if (s.startsWith("\"")) {
      int close = s.indexOf('"', 1);
      split = close < 0 ? s.length() : close + 1;
    } else {
      int sp = s.indexOf(' ');
      split = sp < 0 ? s.length() : sp;
    }
    String key = s.substring(0, split);
    if (key.endsWith(":")) {
      key = key.substring(0, key.length() - 1);
    }
    String value = s.substring(split).strip();
    if (value.startsWith(":")) {
      value = value.substring(1).strip();
    }
    return new String[] {unquote(key), unquote(value)};
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  /** {@code @scope/name@^1.0} → {@code @scope/name}; {@code name@npm:1.0} → {@code name}. */
  static String name(String descriptor) {
    int at = descriptor.indexOf('@', 1);
    return at < 0 ? descriptor : descriptor.substring(0, at);
  }
}
