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

/** The whole pipeline on the real Alpine 3.11 sample with the bundled snapshot. */
class ScanPipelineTest {
  static final Path SAMPLE = Path.of("../samples/alpine-311.tar.gz");

  static ScanPipeline.Options options(ScanFilter filter) {
    return new ScanPipeline.Options(
        Matchers.defaults(), filter, List.of(), List.of(), LocalDate.parse("2026-01-01"));
  }

  @Test
  void sampleImageHasTheSnapshotsOpensslMuslBusyboxAndApkToolsFindings() throws Exception {
    List<String> steps = new ArrayList<>();
    List<ScanResult> reported = new ArrayList<>();
    ScanResult r =
        ScanPipeline.scan(
            "docker-archive:" + SAMPLE,
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
    assertThat(r.findings()).hasSize(18);
    assertThat(r.findings())
        .extracting(f -> f.pkg().name() + " " + f.id())
        .contains(
            "libssl1.1 CVE-2020-1967",
            "libcrypto1.1 CVE-2021-3450",
            "musl CVE-2020-28928",
            "musl-utils CVE-2020-28928",
            "apk-tools CVE-2021-36159",
            "ssl_client CVE-2021-28831");
    Finding f = r.findings().stream().filter(x -> x.pkg().name().equals("musl")).findFirst().get();
    assertThat(f.pkg().locations().getFirst().layer()).isNotNull();
    assertThat(steps).contains("matching 14 packages", "reporting");
  }

  @Test
  void filtersDropFindingsOutsideThem() throws Exception {
    ScanResult r =
        ScanPipeline.scan(
            "docker-archive:" + SAMPLE,
            ImageOptions.defaults(),
            Catalogers.defaults(),
            true,
            StoreProviders.bundled(),
            options(new ScanFilter(Set.of(Severity.CRITICAL), false, Set.of())),
            w -> {},
            ScanProgress.NONE,
            x -> {});
    assertThat(r.findings()).isEmpty();
    ScanResult libs =
        ScanPipeline.scan(
            "docker-archive:" + SAMPLE,
            ImageOptions.defaults(),
            Catalogers.defaults(),
            true,
            StoreProviders.bundled(),
            options(new ScanFilter(Set.of(), true, Set.of("library"))),
            w -> {},
            ScanProgress.NONE,
            x -> {});
    assertThat(libs.findings()).isEmpty();
  }
}
