package dev.lashing.catalog.dpkg;

import dev.lashing.catalog.distro.OsPaths;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure parsers for the files beside the dpkg database: the owned-file lists ({@code .list}: one
 * path a line; {@code .md5sums}: {@code hash path}; {@code .conffiles}: {@code path [hash]}) and
 * machine-readable copyright files ({@code License:} fields).
 */
final class DpkgFiles {
  private static final Pattern LICENSE =
      Pattern.compile("^License:[ \\t]*(\\S[^\\r\\n]*)$", Pattern.MULTILINE);

  private DpkgFiles() {}

  /** Paths of a {@code .list} file, normalized; {@code /.} left out. */
  static Set<String> list(byte[] data) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(data)) {
      String p = OsPaths.normalize(line);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** Paths of a {@code .md5sums} file ({@code <hash><spaces><relative path>}). */
  static Set<String> md5sums(byte[] data) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(data)) {
      String[] parts = line.strip().split("\\s+", 2);
      String p = parts.length == 2 ? OsPaths.normalize(parts[1]) : null;
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** Paths of a {@code .conffiles} file ({@code <path> [<hash> [obsolete]]}). */
  static Set<String> conffiles(byte[] data) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(data)) {
      String[] parts = line.strip().split("\\s+");
      String p = parts[0].isEmpty() ? null : OsPaths.normalize(parts[0]);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The distinct license names of a DEP-5 copyright file, sorted ({@code License: GPL-2+} gives
   * {@code GPL-2+}); empty for free-form copyright files.
   */
  static List<String> licenses(byte[] data) {
    Set<String> out = new TreeSet<>();
    Matcher m = LICENSE.matcher(new String(data, StandardCharsets.UTF_8));
    while (m.find()) {
      String v = m.group(1).strip();
      if (!v.isEmpty() && v.length() < 200 && !v.toLowerCase(Locale.ROOT).startsWith("see ")) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> lines(byte[] data) {
    return new String(data, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
  }
}
