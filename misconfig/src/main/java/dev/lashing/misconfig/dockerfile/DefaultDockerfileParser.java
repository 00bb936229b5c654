package dev.lashing.misconfig.dockerfile;

import dev.lashing.misconfig.MisconfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into logical instructions (continuations, comments, heredocs) and builds them. */
final class DefaultDockerfileParser implements DockerfileParser {
  static final Set<String> KEYWORDS =
      Set.of(
          "ADD",
          "ARG",
          "CMD",
          "COPY",
          "ENTRYPOINT",
          "ENV",
          "EXPOSE",
          "FROM",
          "HEALTHCHECK",
          "LABEL",
          "MAINTAINER",
          "ONBUILD",
          "RUN",
          "SHELL",
          "STOPSIGNAL",
          "USER",
          "VOLUME",
          "WORKDIR");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.*?)\\s*$");
  private static final Pattern HEREDOC =
      Pattern.compile("(?:^|\\s)<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_.-]*)\\2");
  private static final int MAX_LINES = 100_000;

  @Override
  public Dockerfile parse(String file, String text) throws MisconfigException {
    if (text.length() > MAX_CHARS) {
      throw MisconfigException.at(file, 0, "Dockerfile larger than " + MAX_CHARS + " characters");
    }
    if (text.indexOf('\0') >= 0) {
      throw MisconfigException.at(file, 0, "Dockerfile contains NUL bytes; not a text file");
    }
    String[] lines =
        text.startsWith("\uFEFF") ? text.substring(1).split("\\R", -1) : text.split("\\R", -1);
    if (lines.length > MAX_LINES) {
      throw MisconfigException.at(file, 0, "Dockerfile longer than " + MAX_LINES + " lines");
    }
    int[] next = {0};
    Directives directives = directives(file, lines, next);
    StageBuilder builder = new StageBuilder(file, directives.escape());
    int i = next[0];
    while (i < lines.length) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        i++;
        continue;
      }
      int start = i;
      int column = line.length() - line.stripLeading().length() + 1;
      StringBuilder logical = new StringBuilder();
      String current = line;
      while (true) {
        String stripped = current.stripTrailing();
        if (!stripped.isEmpty() && stripped.charAt(stripped.length() - 1) == directives.escape()) {
          logical.append(stripped, 0, stripped.length() - 1);
          i++;
          while (i < lines.length
              && (lines[i].isBlank() || lines[i].stripLeading().startsWith("#"))) {
            i++;
          }
          if (i >= lines.length) {
            break;
          }
          current = lines[i];
        } else {
          logical.append(current);
          break;
        }
      }
      String joined = logical.toString().strip();
      int space = firstSpace(joined);
      String keyword = (space < 0 ? joined : joined.substring(0, space)).toUpperCase(Locale.ROOT);
      String arguments = space < 0 ? "" : joined.substring(space).strip();
      if (!KEYWORDS.contains(keyword)) {
        throw MisconfigException.at(
            file, start + 1, "unknown instruction '" + clip(keyword) + "' (is this a Dockerfile?)");
      }
      List<Heredoc> heredocs = new ArrayList<>();
      int end = Math.min(i, lines.length - 1);
      if (keyword.equals("RUN") || keyword.equals("COPY") || keyword.equals("ADD")) {
        end = heredocs(file, lines, i, arguments, heredocs, start);
      }
      builder.add(keyword, arguments, heredocs, start + 1, end + 1, column);
      i = end + 1;
    }
    return new Dockerfile(file, directives, builder.instructions(), builder.stages());
  }

  private static int heredocs(
      String file, String[] lines, int last, String arguments, List<Heredoc> out, int start)
      throws MisconfigException {
    Matcher m = HEREDOC.matcher(arguments);
    int line = last;
    while (m.find()) {
      boolean strip = !m.group(1).isEmpty();
      String delimiter = m.group(3);
      StringBuilder content = new StringBuilder();
      int first = line + 2;
      while (true) {
        line++;
        if (line >= lines.length) {
          throw MisconfigException.at(
              file, start + 1, "unterminated heredoc <<" + delimiter + " (no closing line)");
        }
        String body = strip ? lines[line].replaceFirst("^\t+", "") : lines[line];
        if (body.equals(delimiter)) {
          break;
        }
        content.append(body).append('\n');
      }
      out.add(new Heredoc(delimiter, strip, !m.group(2).isEmpty(), content.toString(), first));
    }
    return line;
  }

  private static Directives directives(String file, String[] lines, int[] next)
      throws MisconfigException {
    char escape = '\\';
    String syntax = null;
    String check = null;
    int i = 0;
    for (; i < lines.length; i++) {
      Matcher m = DIRECTIVE.matcher(lines[i].strip());
      if (!m.matches()) {
        break;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      String value = m.group(2);
      switch (key) {
        case "escape" -> {
          if (!value.equals("\\") && !value.equals("`")) {
            throw MisconfigException.at(
                file, i + 1, "invalid escape directive '" + clip(value) + "' (use \\ or `)");
          }
          escape = value.charAt(0);
        }
        case "syntax" -> syntax = value;
        case "check" -> check = value;
        default -> {
          // Unknown directives are comments, and end the directive block (as in BuildKit).
          next[0] = i;
          return new Directives(escape, syntax, check);
        }
      }
    }
    next[0] = i;
    return new Directives(escape, syntax, check);
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
