package dev.lashing.cli.config;

import dev.lashing.misconfig.ScanOptions;
import dev.lashing.model.Severity;
import dev.lashing.report.config.IgnoreEntry;
import dev.lashing.report.config.IgnoreFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which checks run and which findings count: a picocli mixin of {@code lashing config}. */
public final class ConfigSelection {
  @Option(
      names = "--severity",
      paramLabel = "SEVERITY[,…]",
      description = "Report only these severities, e.g. HIGH,CRITICAL (default: all).")
  @Nullable String severity;

  @Option(
      names = "--check",
      paramLabel = "ID[,…]",
      description = "Run only these checks (see 'lashing checks list').")
  @Nullable String check;

  @Option(names = "--skip-check", paramLabel = "ID[,…]", description = "Do not run these checks.")
  @Nullable String skipCheck;

  @Option(
      names = "--checks-dir",
      paramLabel = "DIR",
      description = "Also load the check files (*.yaml) in DIR; repeatable.")
  List<Path> checkDirs = new ArrayList<>();

  @Option(
      names = "--ignorefile",
      paramLabel = "FILE",
      description = "Ignore file (default: .lashingignore.yaml in the current directory, if any).")
  @Nullable Path ignoreFile;

  public ScanOptions scanOptions(CommandSpec spec) {
    return ScanOptions.defaults()
        .withInclude(ids(check))
        .withSkip(ids(skipCheck))
        .withCheckDirs(checkDirs);
  }

  public Set<Severity> severities(CommandSpec spec) {
    Set<Severity> out = EnumSet.noneOf(Severity.class);
    for (String s : ids(severity)) {
      out.add(severity(spec, s));
    }
    return out;
  }

  public Severity severity(CommandSpec spec, String text) {
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The ignore file's entries: the one named, else ./.lashingignore.yaml if present. */
  public List<IgnoreEntry> ignores() throws IOException {
    if (ignoreFile != null) {
      if (!Files.isRegularFile(ignoreFile)) {
        throw new IOException(ignoreFile + ": ignore file not found");
      }
      return IgnoreFile.read(ignoreFile);
    }
    Path here = Path.of(IgnoreFile.DEFAULT_NAME);
    return Files.isRegularFile(here) ? IgnoreFile.read(here) : List.of();
  }

  private static Set<String> ids(@Nullable String list) {
    Set<String> out = new LinkedHashSet<>();
    if (list != null) {
      for (String s : list.split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }
}
