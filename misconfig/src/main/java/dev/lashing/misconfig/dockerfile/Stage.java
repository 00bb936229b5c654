package dev.lashing.misconfig.dockerfile;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A build stage: its FROM image (expanded with global ARGs), optional {@code AS} name and {@code
 * --platform}, the FROM line and its instructions (FROM included).
 */
public record Stage(
    int index,
    @Nullable String name,
    String image,
    @Nullable String platform,
    int line,
    List<Instruction> instructions) {
  public Stage {
    instructions = List.copyOf(instructions);
  }
}
