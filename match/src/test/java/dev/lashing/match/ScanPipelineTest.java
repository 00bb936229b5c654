package dev.lashing.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.Catalogers;
import dev.lashing.image.ImageOptions;
import dev.lashing.match.store.StoreProviders;
import dev.lashing.model.Severity;
import dev.lashing.sbom.ScanProgress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the real Alpine 3.11 samples with the bundled snapshot. */
class ScanPipelineTest {
  static final Path SAMPLE = Path.of("../samples/alpine-311.tar.gz");
  static final Path LOG4J_SAMPLE = Path.of("../samples/alpine-311-log4j.tar.gz");

  static ScanPipeline.Options options(ScanFilter filter) {
    return new ScanPipeline.Options(
        Matchers.defaults(), filter, List.of(), List.of(), LocalDate.parse("2026-01-01"));
  }

  static ScanResult scan(Path image, ScanFilter filter) throws Exception {
    return ScanPipeline.scan(
        "docker-archive:" + image,
        ImageOptions.defaults(),
        Catalogers.defaults(),
        true,
        StoreProviders.bundled(),
        options(filter),
        w -> {},
        ScanProgress.NONE,
        x -> {});
  }

  @Test
  void log4jSampleHasTheSnapshotsLog4jFindingsWithKevAndSeverity() throws Exception {
    List<String> steps = new ArrayList<>();
    List<ScanResult> reported = new ArrayList<>();
    ScanResult r =
        ScanPipeline.scan(
            "docker-archive:" + LOG4J_SAMPLE,
            ImageOptions.defaults(),
            Catalogers.defaults(),
            true,
            StoreProviders.bundled(),
            options(ScanFilter.NONE),
            w -> {},
            new ScanProgress() {
              @Override
              public void begin(String step, long total, String unit, long totalBytes) {
                steps.add(step);
              }

              @Override
              public void advance(long units, long bytes) {}
            },
            reported::add);
    assertThat(reported).containsExactly(r);
    assertThat(r.sampleData()).isTrue();
    assertThat(r.findings())
        .extracting(
            f -> f.pkg().name() + " " + f.id() + " " + f.severity() + " " + (f.kev() != null))
        .containsExactlyInAnyOrder(
            "log4j-core CVE-2021-44228 CRITICAL true",
            "log4j-core CVE-2021-45046 CRITICAL true",
            "log4j-core CVE-2021-45105 HIGH false");
    Finding f =
        r.findings().stream().filter(x -> x.id().equals("CVE-2021-44228")).findFirst().get();
    assertThat(f.aliases()).contains("GHSA-jfh8-c2jp-5v3q");
    assertThat(f.fixedVersions()).containsExactly("2.15.0");
    assertThat(f.kev().dateAdded()).isEqualTo(LocalDate.parse("2021-12-10"));
    assertThat(f.pkg().locations().getFirst().layer())
        .hasToString("sha256:dd2be99e90a1ef8fb27456a420eea6dfe33e22a7cc05f92e147085ebc6019284");
    assertThat(steps).contains("reporting");
  }

  @Test
  void plainAlpineSampleIsAtOrAboveEverySnapshotFix() throws Exception {
    ScanResult r = scan(SAMPLE, ScanFilter.NONE);
    assertThat(r.sampleData()).isTrue();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void filtersDropFindingsOutsideThem() throws Exception {
    assertThat(
            scan(LOG4J_SAMPLE, new ScanFilter(Set.of(Severity.CRITICAL), false, Set.of()))
                .findings())
        .extracting(Finding::id)
        .containsExactlyInAnyOrder("CVE-2021-44228", "CVE-2021-45046");
    assertThat(scan(LOG4J_SAMPLE, new ScanFilter(Set.of(), false, Set.of("os"))).findings())
        .isEmpty();
    assertThat(scan(LOG4J_SAMPLE, new ScanFilter(Set.of(), true, Set.of("library"))).findings())
        .hasSize(3);
  }
}
