package dev.lashing.misconfig.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Package-manager checks over RUN commands that are clearer as code than as CEL. */
final class AptChecks {
  private AptChecks() {}

  /**
   * True when a RUN's {@code apt-get install}/{@code apt install} names a package without a {@code
   * =version} pin. Options, variables and local {@code .deb} files are not packages.
   */
  static Object unpinned(Map<String, Object> vars) {
    if (!(vars.get("instruction") instanceof Map<?, ?> i) || !"RUN".equals(i.get("cmd"))) {
      return false;
    }
    for (List<String> command : commands(i)) {
      int install = installIndex(command);
      if (install < 0) {
        continue;
      }
      for (String arg : command.subList(install + 1, command.size())) {
        if (!arg.startsWith("-")
            && !arg.startsWith("$")
            && !arg.contains("=")
            && !arg.endsWith(".deb")
            && !arg.contains("/")) {
          return true;
        }
      }
    }
    return false;
  }

  private static int installIndex(List<String> command) {
    if (command.isEmpty()) {
      return -1;
    }
    String tool = command.get(0);
    if (!tool.equals("apt-get") && !tool.equals("apt")) {
      return -1;
    }
    return command.indexOf("install");
  }

  /** The simple commands of a RUN (shell form, JSON form and heredocs), split on ; && || | . */
  static List<List<String>> commands(Map<?, ?> instruction) {
    List<String> texts = new ArrayList<>();
    if (Boolean.TRUE.equals(instruction.get("json"))
        && instruction.get("words") instanceof List<?> w) {
      texts.add(String.join(" ", w.stream().map(String::valueOf).toList()));
    } else {
      texts.add(String.valueOf(instruction.get("value")));
    }
    if (instruction.get("heredocs") instanceof List<?> h) {
      h.forEach(x -> texts.add(String.valueOf(x)));
    }
    List<List<String>> out = new ArrayList<>();
    for (String text : texts) {
      for (String part : text.split("&&|\\|\\||;|\\||\\R")) {
        List<String> words = new ArrayList<>();
        for (String word : part.strip().split("\\s+")) {
          if (!word.isEmpty()) {
            words.add(word.replaceAll("^[\"']|[\"']$", ""));
          }
        }
        while (!words.isEmpty() && (words.get(0).equals("sudo") || words.get(0).contains("="))) {
          words.remove(0);
        }
        out.add(words);
      }
    }
    return out;
  }
}
