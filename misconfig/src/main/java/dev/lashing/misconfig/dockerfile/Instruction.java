package dev.lashing.misconfig.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * One instruction. {@code keyword} is upper case; {@code arguments} is the text after the keyword
 * with line continuations joined; {@code value} is that text after the flags, with ARG/ENV expanded
 * for the instructions Docker expands (ADD, ARG, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER,
 * VOLUME, WORKDIR); {@code words} are the JSON-form elements or the shell words of {@code value}
 * with quotes removed. {@code line}/{@code endLine} span continuations and heredocs; {@code stage}
 * is the index of the stage it belongs to, -1 before the first FROM.
 */
public record Instruction(
    String keyword,
    String arguments,
    List<Flag> flags,
    String value,
    List<String> words,
    boolean json,
    List<Heredoc> heredocs,
    int line,
    int endLine,
    int column,
    int stage) {
  public Instruction {
    flags = List.copyOf(flags);
    words = List.copyOf(words);
    heredocs = List.copyOf(heredocs);
  }

  /** The value of flag {@code name} (without dashes), if given. */
  public Optional<String> flag(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).map(f -> f.value()).findFirst();
  }
}
