package dev.lashing.report.inspect;

import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageInspection;
import dev.lashing.image.ImageInspection.LayerInfo;
import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human form of an inspection: a key/value block, then one line per layer. */
public final class InspectTable {
  private InspectTable() {}

  public static void write(ImageInspection i, Writer sink) throws IOException {
    PrintWriter out = new PrintWriter(sink);
    ImageConfig c = i.config();
    row(out, "Image", i.name());
    row(out, "Source", i.source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (i.reference() != null) {
      row(out, "Reference", i.reference().toString());
    }
    if (!i.tags().isEmpty()) {
      row(out, "Tags", String.join(", ", i.tags()));
    }
    if (i.manifestDigest() != null) {
      row(out, "Manifest digest", i.manifestDigest().toString());
    }
    if (i.configDigest() != null) {
      row(out, "Config digest", i.configDigest().toString());
    }
    row(out, "Platform", i.platform().toString());
    OsInfo os = i.os();
    row(out, "OS", os == null ? "unknown" : describe(os));
    row(out, "Created", orDash(c.created()));
    row(out, "User", c.user() == null || c.user().isEmpty() ? "(root)" : c.user());
    row(out, "Entrypoint", list(c.entrypoint()));
    row(out, "Cmd", list(c.cmd()));
    row(out, "Working dir", orDash(c.workingDir()));
    row(out, "Env", list(c.envNames()));
    row(out, "Exposed ports", list(c.exposedPorts()));
    for (Map.Entry<String, String> l : c.labels().entrySet()) {
      row(out, "Label", l.getKey() + "=" + l.getValue());
    }
    row(out, "Files", String.valueOf(i.fileCount()));
    row(out, "Size", bytes(i.size()) + " stored, " + bytes(i.uncompressedSize()) + " uncompressed");
    if (!i.layers().isEmpty()) {
      out.println();
      out.printf(
          "%-3s  %-19s  %-19s  %10s  %10s  %s%n",
          "#", "DIGEST", "DIFF ID", "SIZE", "UNPACKED", "CREATED BY");
      for (LayerInfo l : i.layers()) {
        out.printf(
            "%-3d  %-19s  %-19s  %10s  %10s  %s%n",
            l.index(),
            l.digest().algorithm() + ":" + l.digest().shortHex(),
            l.diffId().algorithm() + ":" + l.diffId().shortHex(),
            bytes(l.size()),
            bytes(l.uncompressedSize()),
            oneLine(l.createdBy()));
      }
    }
    if (!c.history().isEmpty()) {
      out.println();
      out.println("HISTORY");
      for (ImageConfig.History h : c.history()) {
        out.printf(
            "  %-20s  %s%s%n",
            h.created() == null ? "-" : safe(h.created()),
            oneLine(h.createdBy()),
            h.emptyLayer() ? "  (no layer)" : "");
      }
    }
    out.flush();
  }

  static String describe(OsInfo os) {
    if (os.prettyName() != null) {
      return os.prettyName();
    }
    return os.versionId() == null ? os.id() : os.id() + " " + os.versionId();
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private static void row(PrintWriter out, String key, String value) {
    out.printf("%-16s %s%n", key + ":", safe(value));
  }

  /** Image metadata is attacker-controlled: never let it drive the terminal. */
  static String safe(String s) {
    return s.replaceAll("\\p{Cntrl}", "?");
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? "-" : String.join(" ", values);
  }

  private static String orDash(@org.jspecify.annotations.Nullable String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  private static String oneLine(@org.jspecify.annotations.Nullable String s) {
    if (s == null) {
      return "-";
    }
    String t = safe(s.replaceAll("\\s+", " ").strip());
    return t.length() > 100 ? t.substring(0, 97) + "..." : t;
  }
}
