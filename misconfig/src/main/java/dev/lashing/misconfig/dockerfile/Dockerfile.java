package dev.lashing.misconfig.dockerfile;

import java.util.List;

/** A parsed Dockerfile: directives, every instruction in order, and the stages they form. */
public record Dockerfile(
    String file, Directives directives, List<Instruction> instructions, List<Stage> stages) {
  public Dockerfile {
    instructions = List.copyOf(instructions);
    stages = List.copyOf(stages);
  }
}
