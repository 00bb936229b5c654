package dev.lashing.image.fs;

import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells which distribution a file system comes from, trying in order: {@code /etc/os-release},
 * {@code /usr/lib/os-release} (when the former is missing or a symlink), {@code
 * /etc/alpine-release}, {@code /etc/redhat-release}, {@code /etc/centos-release}, {@code
 * /etc/debian_version}, and a distroless dpkg database ({@code /var/lib/dpkg/status.d/}).
 */
public final class OsDetection {
  private static final int MAX_BYTES = 64 * 1024;
  private static final Pattern REDHAT = Pattern.compile("^(.+?) release ([0-9][0-9.]*)");

  private OsDetection() {}

  public static Optional<OsInfo> detect(FileResolver fs) {
    Optional<OsInfo> found = osRelease(fs);
    if (found.isEmpty()) {
      found = alpine(fs);
    }
    for (String f : List.of("/etc/redhat-release", "/etc/centos-release")) {
      if (found.isEmpty()) {
        found = redhat(fs, f);
      }
    }
    if (found.isEmpty()) {
      found = debian(fs);
    }
    if (found.isEmpty()
        && fs.entry("/var/lib/dpkg/status.d").filter(FileEntry::isDirectory).isPresent()) {
      found =
          Optional.of(new OsInfo("debian", null, null, null, List.of(), "/var/lib/dpkg/status.d"));
    }
    return found;
  }

  private static Optional<OsInfo> osRelease(FileResolver fs) {
    Optional<FileEntry> etc = fs.entry("/etc/os-release");
    String source =
        etc.isPresent() && etc.get().isRegular() ? "/etc/os-release" : "/usr/lib/os-release";
    String text = text(fs, source);
    if (text == null && etc.isPresent() && etc.get().isSymlink()) {
      source = "/etc/os-release";
      text = text(fs, source);
    }
    if (text == null) {
      return Optional.empty();
    }
    Map<String, String> kv = OsRelease.parse(text);
    String id = kv.getOrDefault("ID", "linux").toLowerCase(Locale.ROOT);
    List<String> like =
        Arrays.stream(kv.getOrDefault("ID_LIKE", "").split("\\s+"))
            .filter(s -> !s.isEmpty())
            .toList();
    return Optional.of(
        new OsInfo(
            id.isBlank() ? "linux" : id,
            kv.get("VERSION_ID"),
            kv.get("VERSION_CODENAME"),
            kv.get("PRETTY_NAME"),
            like,
            source));
  }

  private static Optional<OsInfo> alpine(FileResolver fs) {
    String v = text(fs, "/etc/alpine-release");
    return v == null || v.isBlank()
        ? Optional.empty()
        : Optional.of(
            new OsInfo(
                "alpine",
                firstLine(v),
                null,
                "Alpine Linux v" + firstLine(v),
                List.of(),
                "/etc/alpine-release"));
  }

  private static Optional<OsInfo> redhat(FileResolver fs, String path) {
    String v = text(fs, path);
    if (v == null) {
      return Optional.empty();
    }
    String line = firstLine(v);
    Matcher m = REDHAT.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    String id =
        name.startsWith("centos")
            ? "centos"
            : name.startsWith("red hat")
                ? "rhel"
                : name.startsWith("fedora")
                    ? "fedora"
                    : name.startsWith("rocky")
                        ? "rocky"
                        : name.startsWith("almalinux")
                            ? "almalinux"
                            : name.startsWith("oracle") ? "ol" : name.split("\\s+")[0];
    List<String> like = id.equals("rhel") ? List.of("fedora") : List.of("rhel", "fedora");
    return Optional.of(new OsInfo(id, m.group(2), null, line, like, path));
  }

  private static Optional<OsInfo> debian(FileResolver fs) {
    String v = text(fs, "/etc/debian_version");
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    String line = firstLine(v);
    boolean numeric = !line.isEmpty() && Character.isDigit(line.charAt(0));
    String version = numeric ? line.split("\\.")[0] : null;
    String codename = numeric ? null : line.split("/")[0];
    return Optional.of(
        new OsInfo(
            "debian",
            version,
            codename,
            "Debian GNU/Linux " + line,
            List.of(),
            "/etc/debian_version"));
  }

  private static @Nullable String text(FileResolver fs, String path) {
    Optional<FileEntry> e = fs.file(path).filter(FileEntry::isRegular);
    if (e.isEmpty() || e.get().size() > MAX_BYTES) {
      return null;
    }
    try {
      return new String(fs.read(e.get(), MAX_BYTES), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      return null;
    }
  }

  private static String firstLine(String s) {
    return s.strip().lines().findFirst().orElse("").strip();
  }
}
