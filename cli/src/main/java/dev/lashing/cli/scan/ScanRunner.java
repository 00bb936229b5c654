package dev.lashing.cli.scan;

import dev.lashing.catalog.Cataloger;
import dev.lashing.cli.LashingCommand;
import dev.lashing.cli.sbom.Progress;
import dev.lashing.image.ImageOptions;
import dev.lashing.match.Matchers;
import dev.lashing.match.ScanFilter;
import dev.lashing.match.ScanPipeline;
import dev.lashing.match.ScanResult;
import dev.lashing.match.ignore.IgnoreRule;
import dev.lashing.match.ignore.IgnoreRules;
import dev.lashing.match.ignore.VexDocuments;
import dev.lashing.match.ignore.VexStatement;
import dev.lashing.match.store.StoreProvider;
import dev.lashing.match.store.StoreProviders;
import dev.lashing.model.Severity;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.vuln.VulnGate;
import dev.lashing.sbom.Sbom;
import dev.lashing.vulndb.VulnStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Runs a scan command: options → {@link ScanPipeline} → report → gate. */
public final class ScanRunner {
  private final CommandSpec spec;
  private final ScanOptions o;
  private final boolean quiet;

  public ScanRunner(CommandSpec spec, ScanOptions options, @Nullable LashingCommand root) {
    this.spec = spec;
    this.o = options;
    this.quiet = root != null && root.quiet();
  }

  /**
   * Scans an image, directory or root filesystem; returns the exit code. With {@code byTargetKind}
   * the catalogers are narrowed to those suiting the opened target.
   */
  public int scan(
      String target, ImageOptions image, List<Cataloger> catalogers, boolean byTargetKind)
      throws Exception {
    ScanPipeline.Options options = options();
    PrintWriter err = spec.commandLine().getErr();
    ScanResult result;
    try (Progress progress = Progress.on(err, quiet)) {
      Consumer<String> warnings = quiet ? w -> {} : w -> progress.println("lashing: warning: " + w);
      result =
          ScanPipeline.scan(
              target,
              image,
              catalogers,
              byTargetKind,
              store(),
              options,
              warnings,
              progress,
              this::report);
    }
    return finish(result);
  }

  /** Scans the packages of an SBOM; returns the exit code. */
  public int scan(Sbom sbom) throws Exception {
    ScanPipeline.Options options = options();
    ScanResult result;
    try (Progress progress = Progress.on(spec.commandLine().getErr(), quiet)) {
      result = ScanPipeline.scan(sbom, store(), options, progress, this::report);
    }
    return finish(result);
  }

  private StoreProvider store() {
    return StoreProviders.choose(
        o.db, VulnStores.defaultPath(dev.lashing.cli.Main.environment(spec)));
  }

  private void report(ScanResult result) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (result.sampleData() && !quiet) {
      err.println(
          "lashing: using the "
              + result.database()
              + "; run 'lashing db update' for full vulnerability data");
      err.flush();
    }
    OutputTarget.of(o.output, spec.commandLine().getOut())
        .write(out -> o.format.write(result, out));
  }

  private int finish(ScanResult result) {
    PrintWriter err = spec.commandLine().getErr();
    if (!quiet) {
      result
          .expired()
          .forEach(
              r ->
                  err.println(
                      "lashing: warning: "
                          + r.source()
                          + ": ignore entry for "
                          + r.id()
                          + " expired on "
                          + r.expires()
                          + ", it no longer suppresses"));
    }
    VulnGate gate = new VulnGate(o.exitCode, failOn(), o.failOnKev);
    int code = gate.exitCodeFor(result);
    if (code != 0 && !quiet) {
      err.println(
          "lashing: "
              + gate.failing(result).size()
              + " finding(s) fail the gate (exit "
              + code
              + ")");
    }
    err.flush();
    return code;
  }

  private ScanPipeline.Options options() throws IOException {
    ScanFilter filter;
    try {
      Set<Severity> severities = EnumSet.noneOf(Severity.class);
      for (String s : o.severities) {
        if (!s.isBlank()) {
          severities.add(Severity.parse(s));
        }
      }
      filter =
          new ScanFilter(
              severities,
              o.ignoreUnfixed,
              Set.copyOf(o.pkgTypes.stream().filter(t -> !t.isBlank()).toList()));
      failOn();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<IgnoreRule> ignore = List.of();
    Path ignoreFile = o.ignoreFile;
    boolean explicit = spec.commandLine().getParseResult().hasMatchedOption("--ignorefile");
    if (Files.isRegularFile(ignoreFile)) {
      ignore = IgnoreRules.read(ignoreFile);
    } else if (explicit) {
      throw new IOException(ignoreFile + ": ignore file not found");
    }
    List<VexStatement> vex = new ArrayList<>();
    for (Path p : o.vex) {
      if (!Files.isRegularFile(p)) {
        throw new IOException(p + ": VEX document not found");
      }
      vex.addAll(VexDocuments.read(p));
    }
    return new ScanPipeline.Options(Matchers.defaults(), filter, ignore, vex, LocalDate.now());
  }

  private @Nullable Severity failOn() {
    return o.failOn == null || o.failOn.isBlank() ? null : Severity.parse(o.failOn);
  }
}
