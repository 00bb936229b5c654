package dev.lashing.match;

import dev.lashing.catalog.Cataloger;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.match.ignore.IgnoreRule;
import dev.lashing.match.ignore.Suppressions;
import dev.lashing.match.ignore.VexStatement;
import dev.lashing.match.store.StoreProvider;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomScanner;
import dev.lashing.sbom.ScanProgress;
import dev.lashing.vulndb.VulnDataException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The vulnerability scan, step by step: resolve source → index filesystem → catalog → build SBOM
 * (these four are {@link SbomScanner}'s) → match → filter/ignore → report. A scan of an SBOM
 * document starts at the match step.
 */
public final class ScanPipeline {
  private ScanPipeline() {}

  /** The steps, in order, as progress shows them. */
  public enum Step {
    RESOLVE_SOURCE,
    INDEX_FILESYSTEM,
    CATALOG,
    BUILD_SBOM,
    MATCH,
    FILTER_IGNORE,
    REPORT
  }

  /**
   * What the match and filter/ignore steps use.
   *
   * @param matchers the matcher registry ({@link Matchers#defaults()})
   * @param filter severities, unfixed, package classes
   * @param ignore {@code .lashingignore.yaml} entries
   * @param vex VEX statements
   * @param today the date expiry is judged on
   */
  public record Options(
      List<Matcher> matchers,
      ScanFilter filter,
      List<IgnoreRule> ignore,
      List<VexStatement> vex,
      LocalDate today) {
    public Options {
      matchers = List.copyOf(matchers);
      ignore = List.copyOf(ignore);
      vex = List.copyOf(vex);
    }
  }

  /** The last step: renders the result (table, JSON, SARIF, ...). */
  @FunctionalInterface
  public interface Reporter {
    void report(ScanResult result) throws IOException;
  }

  /**
   * Scans an image, directory or root filesystem (every target {@code ImageSources} opens); with
   * {@code byTargetKind} only the catalogers that suit the opened target run ({@code
   * Catalogers.forScan}).
   */
  public static ScanResult scan(
      String target,
      ImageOptions image,
      List<Cataloger> catalogers,
      boolean byTargetKind,
      StoreProvider store,
      Options options,
      Consumer<String> warnings,
      ScanProgress progress,
      Reporter reporter)
      throws ImageException, IOException, VulnDataException {
    Sbom sbom = SbomScanner.scan(target, image, catalogers, byTargetKind, warnings, progress);
    return scan(sbom, store, options, progress, reporter);
  }

  /** Scans the packages of an SBOM already built or read from a document. */
  public static ScanResult scan(
      Sbom sbom, StoreProvider store, Options options, ScanProgress progress, Reporter reporter)
      throws IOException, VulnDataException {
    progress.begin("matching " + sbom.packages().size() + " packages", 0, "", 0);
    List<Finding> matched;
    String database;
    boolean sample;
    try (StoreProvider.Opened opened = store.open()) {
      matched = Matching.run(sbom, opened.store(), options.matchers());
      database = opened.description();
      sample = opened.sample();
    }
    progress.begin("filtering " + matched.size() + " findings", 0, "", 0);
    List<Finding> kept = options.filter().apply(matched);
    Suppressions s = Suppressions.apply(kept, options.ignore(), options.vex(), options.today());
    ScanResult result = new ScanResult(sbom, s.findings(), s.expired(), database, sample);
    progress.begin("reporting", 0, "", 0);
    reporter.report(result);
    return result;
  }
}
