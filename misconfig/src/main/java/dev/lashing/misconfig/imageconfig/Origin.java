package dev.lashing.misconfig.imageconfig;

import dev.lashing.model.Digest;
import org.jspecify.annotations.Nullable;

/**
 * Where a line of the synthesized Dockerfile comes from.
 *
 * @param line the 1-based line of the Dockerfile synthesized from the config and history
 * @param historyIndex index of the history entry, or -1 when the line comes from the final config
 *     (user, ports, environment not set by any recorded step) or stands for the whole image
 * @param createdBy the history entry's {@code created_by} (for the final config, the instruction
 *     made from it), values of ENV and ARG masked as {@code ****}
 * @param layer digest of the layer that step produced; null for steps that made no layer
 */
public record Origin(
    int line, int historyIndex, @Nullable String createdBy, @Nullable Digest layer) {

  /** True when the line is a history step rather than the final config or the whole image. */
  public boolean isHistoryStep() {
    return historyIndex >= 0;
  }
}
