package dev.lashing.misconfig.imageconfig;

import dev.lashing.image.ImageConfig;
import dev.lashing.model.Digest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the Dockerfile an image's config and history stand for: {@code FROM scratch}, then one
 * line per history entry (classic {@code /bin/sh -c #(nop) USER x}, BuildKit {@code USER x}, {@code
 * RUN /bin/sh -c …} forms), then the final config's user, ports and environment where no recorded
 * step set them. COPY and ADD steps become comments: their sources are content hashes ({@code
 * file:3b2c…}), so checks about them would only guess.
 */
final class Synthesis {
  private static final Set<String> INSTRUCTIONS =
      Set.of(
          "RUN",
          "CMD",
          "LABEL",
          "MAINTAINER",
          "EXPOSE",
          "ENV",
          "ADD",
          "COPY",
          "ENTRYPOINT",
          "VOLUME",
          "USER",
          "WORKDIR",
          "ARG",
          "ONBUILD",
          "STOPSIGNAL",
          "HEALTHCHECK",
          "SHELL");
  private static final Pattern NOP = Pattern.compile("^/bin/(?:ba)?sh -c #\\(nop\\)\\s*");
  private static final Pattern SHELL_RUN =
      Pattern.compile("^(?:\\|\\d+(?: \\S+=\\S*)* )?/bin/(?:ba)?sh -c ");
  private static final Pattern EXPOSE_MAP = Pattern.compile("^map\\[(.*)\\]$");
  private static final Pattern GO_ARRAY = Pattern.compile("^\\[\\s*\"(.*)\"\\s*\\]$");

  record Line(String text, Origin origin) {}

  private Synthesis() {}

  static List<Line> of(ImageConfig config, List<Digest> layerDigests) {
    List<Line> out = new ArrayList<>();
    out.add(new Line("FROM scratch", new Origin(1, -1, null, null)));
    List<ImageConfig.History> history = config.history();
    long layered = history.stream().filter(h -> !h.emptyLayer()).count();
    boolean mapLayers = layered == layerDigests.size();
    int layer = 0;
    String lastUser = null;
    Set<String> exposed = new HashSet<>();
    Set<String> envSet = new HashSet<>();
    for (int i = 0; i < history.size(); i++) {
      ImageConfig.History h = history.get(i);
      Digest digest = null;
      if (!h.emptyLayer()) {
        digest = mapLayers ? layerDigests.get(layer) : null;
        layer++;
      }
      String raw = h.createdBy() == null ? "" : h.createdBy();
      String text = instruction(raw);
      String cmd = text.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
      String rest = text.length() > cmd.length() ? text.substring(cmd.length()).strip() : "";
      switch (cmd) {
        case "USER" -> lastUser = rest;
        case "EXPOSE" -> exposed.addAll(List.of(rest.split("\\s+")));
        case "ENV" -> envSet.addAll(envNames(rest));
        default -> {}
      }
      int n = out.size() + 1;
      out.add(new Line(text, new Origin(n, i, mask(raw), digest)));
    }
    String user = config.user();
    if (user != null && !user.isBlank() && !user.strip().equals(lastUser)) {
      add(out, "USER " + user.strip());
    }
    Set<String> ports = new LinkedHashSet<>(config.exposedPorts());
    ports.removeAll(exposed);
    if (!ports.isEmpty()) {
      add(out, "EXPOSE " + String.join(" ", ports));
    }
    for (String e : config.env()) {
      int eq = e.indexOf('=');
      String name = eq < 0 ? e : e.substring(0, eq);
      if (!name.isEmpty() && !envSet.contains(name)) {
        add(out, "ENV " + name + "=" + quote(eq < 0 ? "" : e.substring(eq + 1)));
      }
    }
    return out;
  }

  private static void add(List<Line> out, String text) {
    int n = out.size() + 1;
    out.add(new Line(text, new Origin(n, -1, mask(text), null)));
  }

  /** One history entry as one Dockerfile line. */
  static String instruction(String createdBy) {
    String s = oneLine(createdBy.strip());
    if (s.endsWith("# buildkit")) {
      s = s.substring(0, s.length() - "# buildkit".length()).strip();
    }
    Matcher nop = NOP.matcher(s);
    if (nop.find()) {
      s = s.substring(nop.end()).strip();
    } else if (SHELL_RUN.matcher(s).find()) {
      s = "RUN " + s;
    }
    if (s.isEmpty()) {
      return "# (empty history step)";
    }
    String cmd = s.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    if (!INSTRUCTIONS.contains(cmd)) {
      return "# " + s;
    }
    String rest = s.substring(cmd.length()).strip();
    return switch (cmd) {
      case "RUN" -> "RUN " + shellCommand(rest);
      case "COPY", "ADD" -> "# " + cmd + " " + rest;
      case "EXPOSE" -> "EXPOSE " + exposed(rest);
      case "CMD", "ENTRYPOINT", "SHELL", "VOLUME" -> cmd + " " + jsonArray(rest);
      case "HEALTHCHECK" -> rest.contains("\"NONE\"") ? "HEALTHCHECK NONE" : "HEALTHCHECK CMD true";
      default -> cmd + " " + rest;
    };
  }

  /** {@code |1 X=y /bin/sh -c make} and {@code /bin/sh -c make} → {@code make}. */
  private static String shellCommand(String rest) {
    Matcher m = SHELL_RUN.matcher(rest);
    return m.find() ? rest.substring(m.end()) : rest;
  }

  /** {@code map[22/tcp:{} 80/tcp:{}]} (BuildKit) → {@code 22/tcp 80/tcp}. */
  private static String exposed(String rest) {
    Matcher m = EXPOSE_MAP.matcher(rest);
    if (!m.matches()) {
      return rest;
    }
    return m.group(1).replace(":{}", "").strip();
  }

  /** Go's {@code ["nginx" "-g" "daemon off;"]} → JSON {@code ["nginx", "-g", "daemon off;"]}. */
  private static String jsonArray(String rest) {
    Matcher m = GO_ARRAY.matcher(rest);
    if (m.matches() && !rest.contains("\",")) {
      return "[\"" + m.group(1).replace("\" \"", "\", \"") + "\"]";
    }
    return rest;
  }

  /** Newlines (heredocs, multi-line RUN) folded so one step is one line. */
  private static String oneLine(String s) {
    return s.replaceAll("\\\\?\\r?\\n", " ").replaceAll("\\\\+$", "");
  }

  private static Set<String> envNames(String rest) {
    Set<String> names = new HashSet<>();
    if (!rest.contains("=")) {
      names.add(rest.split("\\s+", 2)[0]);
      return names;
    }
    for (String w : rest.split("\\s+")) {
      int eq = w.indexOf('=');
      if (eq > 0) {
        names.add(w.substring(0, eq));
      }
    }
    return names;
  }

  private static String quote(String v) {
    return v.matches("[A-Za-z0-9_./:@%+,-]*")
        ? v
        : '"' + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + '"';
  }

  /** ENV and ARG values replaced by {@code ****}, so an origin can be shown. */
  static String mask(String createdBy) {
    String s = instruction(createdBy);
    String cmd = s.split("\\s+", 2)[0];
    if (!cmd.equals("ENV") && !cmd.equals("ARG")) {
      return createdBy.matches("(?s)^\\|\\d+ .*")
          ? createdBy.replaceAll("(\\s[A-Za-z_][A-Za-z0-9_]*=)\\S*", "$1****")
          : createdBy;
    }
    String rest = s.substring(cmd.length()).strip();
    if (!rest.contains("=")) {
      String[] kv = rest.split("\\s+", 2);
      return cmd + " " + kv[0] + (kv.length > 1 ? " ****" : "");
    }
    return cmd
        + " "
        + rest.replaceAll("([A-Za-z_][A-Za-z0-9_.-]*)=(\"[^\"]*\"|'[^']*'|\\S*)", "$1=****");
  }
}
