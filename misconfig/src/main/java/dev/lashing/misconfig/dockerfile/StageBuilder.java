package dev.lashing.misconfig.dockerfile;

import dev.lashing.misconfig.MisconfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns logical lines into {@link Instruction}s and {@link Stage}s, tracking ARG/ENV scope: global
 * ARGs (before the first FROM) are visible to FROM lines and to a stage only when it re-declares
 * them with {@code ARG NAME}; each stage starts with an empty scope.
 */
final class StageBuilder {
  private static final Set<String> EXPANDED =
      Set.of(
          "ADD",
          "ARG",
          "COPY",
          "ENV",
          "EXPOSE",
          "FROM",
          "LABEL",
          "STOPSIGNAL",
          "USER",
          "VOLUME",
          "WORKDIR");
  private static final Set<String> FLAGGED = Set.of("FROM", "COPY", "ADD", "RUN", "HEALTHCHECK");
  private static final Set<String> EXEC_FORMS =
      Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "VOLUME", "COPY", "ADD");
  private static final Pattern FLAG =
      Pattern.compile("^--([A-Za-z][A-Za-z0-9-]*)(?:=(\"[^\"]*\"|\\S*))?(?:\\s+|$)");

  private final String file;
  private final char escape;
  private final Map<String, String> globalArgs = new LinkedHashMap<>();
  private Map<String, String> scope = globalArgs;
  private final List<Instruction> instructions = new ArrayList<>();
  private final List<Stage> stages = new ArrayList<>();
  private List<Instruction> current = new ArrayList<>();
  private String stageName;
  private String stageImage = "";
  private String stagePlatform;
  private int stageLine;

  StageBuilder(String file, char escape) {
    this.file = file;
    this.escape = escape;
  }

  void add(String keyword, String arguments, List<Heredoc> heredocs, int line, int end, int column)
      throws MisconfigException {
    List<Flag> flags = new ArrayList<>();
    String rest = arguments;
    if (FLAGGED.contains(keyword)) {
      Matcher m = FLAG.matcher(rest);
      while (m.find()) {
        String v = m.group(2);
        if (v != null && v.length() >= 2 && v.startsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        flags.add(new Flag(m.group(1).toLowerCase(Locale.ROOT), v));
        rest = rest.substring(m.end());
        m = FLAG.matcher(rest);
      }
    }
    if (keyword.equals("FROM")) {
      finishStage();
      scope = globalArgs;
    }
    String value = EXPANDED.contains(keyword) ? Expander.expand(rest, scope, escape) : rest;
    List<String> words;
    boolean json = false;
    var array =
        EXEC_FORMS.contains(keyword)
            ? Words.jsonArray(value)
            : java.util.Optional.<List<String>>empty();
    if (array.isPresent()) {
      words = array.get();
      json = true;
    } else {
      words = Words.split(value, escape);
    }
    List<Flag> expandedFlags = new ArrayList<>();
    for (Flag f : flags) {
      expandedFlags.add(
          f.value() == null ? f : new Flag(f.name(), Expander.expand(f.value(), scope, escape)));
    }
    int stage = keyword.equals("FROM") ? stages.size() : (stageLine == 0 ? -1 : stages.size());
    Instruction instruction =
        new Instruction(
            keyword,
            arguments,
            expandedFlags,
            value,
            words,
            json,
            heredocs,
            line,
            end,
            column,
            stage);
    instructions.add(instruction);
    switch (keyword) {
      case "FROM" -> startStage(instruction);
      case "ARG" -> declareArgs(words);
      case "ENV" -> setEnv(words);
      default -> {}
    }
    if (stageLine != 0) {
      current.add(instruction);
    }
  }

  private void startStage(Instruction from) throws MisconfigException {
    List<String> words = from.words();
    if (words.isEmpty()) {
      throw MisconfigException.at(file, from.line(), "FROM requires an image name");
    }
    stageImage = words.get(0);
    stageName =
        words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")
            ? words.get(2).toLowerCase(Locale.ROOT)
            : null;
    stagePlatform = from.flag("platform").orElse(null);
    stageLine = from.line();
    current = new ArrayList<>();
    scope = new LinkedHashMap<>();
  }

  private void declareArgs(List<String> words) {
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq > 0) {
        scope.put(w.substring(0, eq), w.substring(eq + 1));
      } else if (scope != globalArgs && globalArgs.containsKey(w)) {
        scope.put(w, globalArgs.get(w));
      }
    }
  }

  private void setEnv(List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    if (words.get(0).indexOf('=') > 0) {
      for (String w : words) {
        int eq = w.indexOf('=');
        if (eq > 0) {
          scope.put(w.substring(0, eq), w.substring(eq + 1));
        }
      }
    } else {
      scope.put(words.get(0), String.join(" ", words.subList(1, words.size())));
    }
  }

  private void finishStage() {
    if (stageLine != 0) {
      stages.add(
          new Stage(stages.size(), stageName, stageImage, stagePlatform, stageLine, current));
    }
  }

  List<Instruction> instructions() {
    return instructions;
  }

  List<Stage> stages() {
    finishStage();
    stageLine = 0;
    return stages;
  }
}
