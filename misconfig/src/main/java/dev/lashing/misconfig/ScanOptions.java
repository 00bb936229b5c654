package dev.lashing.misconfig;

import dev.lashing.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to run: {@code include} (empty = all checks), {@code skip}, the lowest severity to run, and
 * directories of user check files added to the built-in ones.
 */
public record ScanOptions(
    Set<String> include, Set<String> skip, Severity minSeverity, List<Path> checkDirs) {
  public ScanOptions {
    include = Set.copyOf(include);
    skip = Set.copyOf(skip);
    checkDirs = List.copyOf(checkDirs);
  }

  /** Every built-in check, every severity. */
  public static ScanOptions defaults() {
    return new ScanOptions(Set.of(), Set.of(), Severity.UNKNOWN, List.of());
  }

  public ScanOptions withInclude(Set<String> ids) {
    return new ScanOptions(ids, skip, minSeverity, checkDirs);
  }

  public ScanOptions withSkip(Set<String> ids) {
    return new ScanOptions(include, ids, minSeverity, checkDirs);
  }

  public ScanOptions withMinSeverity(Severity severity) {
    return new ScanOptions(include, skip, severity, checkDirs);
  }

  public ScanOptions withCheckDirs(List<Path> dirs) {
    return new ScanOptions(include, skip, minSeverity, dirs);
  }
}
