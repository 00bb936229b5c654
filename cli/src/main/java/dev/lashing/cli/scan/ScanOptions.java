package dev.lashing.cli.scan;

import dev.lashing.report.vuln.VulnFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options every vulnerability scan command shares (a picocli mixin). */
public final class ScanOptions {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      completionCandidates = FormatIds.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  VulnFormat format = VulnFormat.TABLE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output; '-' is stdout.")
  @Nullable String output;

  @Option(
      names = "--severity",
      split = ",",
      paramLabel = "LIST",
      description = "Only these severities (CRITICAL,HIGH,MEDIUM,LOW,UNKNOWN). Default: all.")
  List<String> severities = new ArrayList<>();

  @Option(names = "--ignore-unfixed", description = "Leave out findings without a fixed version.")
  boolean ignoreUnfixed;

  @Option(
      names = "--pkg-types",
      split = ",",
      paramLabel = "os,library",
      description = "Package classes to report: os, library. Default: both.")
  List<String> pkgTypes = new ArrayList<>();

  @Option(
      names = "--exit-code",
      paramLabel = "N",
      defaultValue = "0",
      description = "Exit with N when findings remain (after filters and suppressions).")
  int exitCode;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "With --exit-code: only findings at or above SEVERITY fail.")
  @Nullable String failOn;

  @Option(
      names = "--fail-on-kev",
      description = "With --exit-code: findings listed in CISA KEV fail (alone: only those).")
  boolean failOnKev;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "Vulnerability data: a store or a directory of OSV JSON records. Default: the local store,"
              + " else the bundled sample snapshot.")
  @Nullable Path db;

  @Option(
      names = "--vex",
      paramLabel = "FILE",
      description = "VEX document (OpenVEX, CycloneDX, CSAF); repeatable.")
  List<Path> vex = new ArrayList<>();

  @Option(
      names = "--ignorefile",
      paramLabel = "FILE",
      defaultValue = ".lashingignore.yaml",
      description = "Ignore file (default: ${DEFAULT-VALUE}, used when it exists).")
  Path ignoreFile = Path.of(".lashingignore.yaml");

  /** {@code sarif} → {@link VulnFormat}. */
  static final class FormatConverter implements ITypeConverter<VulnFormat> {
    @Override
    public VulnFormat convert(String value) {
      return VulnFormat.byId(value)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "unknown format '" + value + "'; choose one of " + new FormatIds()));
    }
  }

  /** The format names, for help and completion. */
  static final class FormatIds extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatIds() {
      super(VulnFormat.ids());
    }

    @Override
    public String toString() {
      return String.join(", ", this);
    }
  }
}
