package dev.lashing.misconfig.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Version-pin checks for the package managers other than apt: true when a RUN installs a package
 * without a version. Options (and the values of options that take one), variables, local files,
 * paths and URLs are not packages.
 */
final class PackagePins {
  private PackagePins() {}

  private static final Pattern RPM_VERSION = Pattern.compile(".+-[0-9][^/]*");
  private static final Set<String> NPM_INSTALL =
      Set.of(
          "install", "i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal",
          "isntall");

  /** {@code apk add} of a package without {@code =}, {@code ~}, {@code <} or {@code >}. */
  static Object apk(Map<String, Object> vars) {
    return unpinned(
        vars,
        List.of("apk"),
        Set.of("add"),
        Set.of(
            "-X",
            "--repository",
            "-t",
            "--virtual",
            "-p",
            "--root",
            "--arch",
            "--keys-dir",
            "--cache-dir",
            "--repositories-file"),
        p -> p.contains("=") || p.contains("~") || p.contains("<") || p.contains(">"));
  }

  /** {@code yum install} of a package without {@code -version}. */
  static Object yum(Map<String, Object> vars) {
    return rpm(vars, "yum");
  }

  /** {@code dnf install} (also microdnf) of a package without {@code -version}. */
  static Object dnf(Map<String, Object> vars) {
    return rpm(vars, "dnf");
  }

  private static Object rpm(Map<String, Object> vars, String tool) {
    List<String> tools = tool.equals("dnf") ? List.of("dnf", "microdnf") : List.of("yum");
    return unpinned(
        vars,
        tools,
        Set.of("install", "in", "reinstall"),
        Set.of("-c", "--config", "--installroot", "--releasever", "-R", "--randomwait"),
        p -> p.startsWith("@") || p.endsWith(".rpm") || RPM_VERSION.matcher(p).matches());
  }

  /**
   * {@code npm install}/{@code i}/{@code add} of a package without {@code @version} (a dist-tag
   * such as {@code @latest} is not a pin). A bare {@code npm install} installs the lock file and
   * passes; git URLs, tarballs and paths are not registry packages.
   */
  static Object npm(Map<String, Object> vars) {
    return unpinned(
        vars,
        List.of("npm"),
        NPM_INSTALL,
        Set.of("--registry", "--prefix", "--cache", "-w", "--workspace", "--tag", "--userconfig"),
        p -> {
          if (p.contains(":") || p.endsWith(".tgz") || p.endsWith(".tar.gz")) {
            return true;
          }
          int at = p.indexOf('@', 1);
          if (at < 0) {
            return false;
          }
          String version = p.substring(at + 1);
          return !version.isEmpty() && !version.equals("latest");
        });
  }

  private static boolean unpinned(
      Map<String, Object> vars,
      List<String> tools,
      Set<String> subcommands,
      Set<String> optionsWithValue,
      Predicate<String> pinned) {
    if (!(vars.get("instruction") instanceof Map<?, ?> i) || !"RUN".equals(i.get("cmd"))) {
      return false;
    }
    for (List<String> command : AptChecks.commands(i)) {
      if (command.isEmpty() || !tools.contains(command.get(0))) {
        continue;
      }
      boolean installing = false;
      for (int k = 1; k < command.size(); k++) {
        String w = command.get(k);
        if (w.startsWith("-")) {
          if (optionsWithValue.contains(w)) {
            k++;
          }
          continue;
        }
        if (!installing) {
          if (!subcommands.contains(w)) {
            break;
          }
          installing = true;
          continue;
        }
        if (w.contains("$") || w.startsWith(".") || w.contains("/") && !w.startsWith("@")) {
          continue;
        }
        if (!pinned.test(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
