package dev.lashing.report.config;

import dev.lashing.misconfig.ConfigFinding;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code .lashingignore.yaml}: the check (or vulnerability) id, an optional path glob
 * ({@code deploy/**}, matched against the path as reported), why, who owns the decision, and the
 * last day it holds. {@code source} names the file and entry for messages.
 */
public record IgnoreEntry(
    String id,
    @Nullable String path,
    String reason,
    @Nullable String owner,
    @Nullable LocalDate expires,
    String source) {

  /** True once {@code today} is after the expiry date; expired entries no longer suppress. */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }

  /** True when this entry names the finding's check and, if it has a path glob, its file. */
  public boolean matches(ConfigFinding f) {
    if (!id.equals(f.checkId())) {
      return false;
    }
    if (path == null) {
      return true;
    }
    String file = Text.relative(f.file());
    if (file.equals(path)) {
      return true;
    }
    try {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + path);
      return m.matches(Path.of(file));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
