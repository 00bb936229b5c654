package dev.lashing.sbom.plain;

import dev.lashing.model.Package;
import dev.lashing.sbom.Sbom;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/** One line per package: NAME, VERSION, TYPE and PURL in aligned columns. */
public final class SbomTable {
  private static final int MAX_WIDTH = 60;

  private SbomTable() {}

  public static void write(Sbom sbom, Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    int name = "NAME".length();
    int version = "VERSION".length();
    int type = "TYPE".length();
    for (Package p : sbom.packages()) {
      name = Math.max(name, Math.min(MAX_WIDTH, clean(p.name()).length()));
      version = Math.max(version, Math.min(MAX_WIDTH, clean(p.version()).length()));
      type = Math.max(type, typeName(p).length());
    }
    String row = "%-" + name + "s  %-" + version + "s  %-" + type + "s  %s%n";
    if (sbom.packages().isEmpty()) {
      out.println("No packages found in " + clean(sbom.subject().name()) + ".");
    } else {
      out.printf(row, "NAME", "VERSION", "TYPE", "PURL");
      for (Package p : sbom.packages()) {
        out.printf(row, clean(p.name()), clean(p.version()), typeName(p), clean(p.purl()));
      }
    }
    out.flush();
    if (out.checkError()) {
      throw new IOException("cannot write the table");
    }
  }

  private static String typeName(Package p) {
    return p.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String clean(String s) {
    return s.replaceAll("\\p{Cntrl}", "?");
  }
}
