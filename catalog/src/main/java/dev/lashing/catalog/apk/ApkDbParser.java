package dev.lashing.catalog.apk;

import dev.lashing.catalog.distro.DbFormatException;
import dev.lashing.catalog.distro.OsPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses the apk database ({@code lib/apk/db/installed}): one {@code X:value} line per field, a
 * blank line between packages. Pure: bytes in, entries out. A line that is not a field fails the
 * whole file (apk refuses such a database too); packages without {@code P:} are skipped.
 */
final class ApkDbParser {
  private ApkDbParser() {}

  static List<ApkEntry> parse(byte[] data) throws DbFormatException {
    List<ApkEntry> out = new ArrayList<>();
    Builder b = new Builder(1);
    int lineNo = 0;
    for (String line : new String(data, StandardCharsets.UTF_8).split("\r?\n", -1)) {
      lineNo++;
      if (line.isBlank()) {
        b.addTo(out);
        b = new Builder(lineNo + 1);
        continue;
      }
      if (line.length() < 2 || line.charAt(1) != ':') {
        throw new DbFormatException("line " + lineNo + ": expected 'X:value'");
      }
      b.field(line.charAt(0), line.substring(2).strip());
    }
    b.addTo(out);
    return out;
  }

  /** Strips a version constraint: {@code so:libc.so=1}, {@code musl>=1.1} → the name. */
  static String nameOf(String token) {
    int end = 0;
    while (end < token.length() && "<>=~".indexOf(token.charAt(end)) < 0) {
      end++;
    }
    return token.substring(0, end);
  }

  private static final class Builder {
    private final int line;
    private String name = "";
    private String version = "";
    private @Nullable String arch;
    private @Nullable String origin;
    private @Nullable String license;
    private @Nullable String maintainer;
    private final List<String> depends = new ArrayList<>();
    private final List<String> provides = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private String dir = "";

    Builder(int line) {
      this.line = line;
    }

    void field(char key, String value) {
      switch (key) {
        case 'P' -> name = value;
        case 'V' -> version = value;
        case 'A' -> arch = emptyToNull(value);
        case 'o' -> origin = emptyToNull(value);
        case 'L' -> license = emptyToNull(value);
        case 'm' -> maintainer = emptyToNull(value);
        case 'D' -> tokens(value, depends, true);
        case 'p' -> tokens(value, provides, false);
        case 'F' -> dir = value;
        case 'R' -> {
          String p = OsPaths.normalize(dir + "/" + value);
          if (p != null) {
            files.add(p);
          }
        }
        default -> {}
      }
    }

    void addTo(List<ApkEntry> out) {
      if (!name.isEmpty()) {
        out.add(
            new ApkEntry(
                name, version, arch, origin, license, maintainer, depends, provides, files, line));
      }
    }

    private static void tokens(String value, List<String> into, boolean dropConflicts) {
      for (String t : value.split("\\s+")) {
        if (t.isEmpty() || (dropConflicts && t.startsWith("!"))) {
          continue;
        }
        String n = nameOf(t);
        if (!n.isEmpty()) {
          into.add(n);
        }
      }
    }

    private static @Nullable String emptyToNull(String s) {
      return s.isEmpty() ? null : s;
    }
  }
}
