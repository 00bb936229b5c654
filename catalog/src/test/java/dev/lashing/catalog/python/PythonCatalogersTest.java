package dev.lashing.catalog.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogFixtures;
import dev.lashing.catalog.CatalogFixtures.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonCatalogersTest {
  private static final Path ROOT = CatalogFixtures.resource("catalog/python");
  private static final String SP = "/usr/lib/python3/site-packages/";

  @TempDir Path dir;

  @Test
  void installedDistributions() throws Exception {
    Run run = CatalogFixtures.run(PythonCatalogers.installed(), ROOT);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.purls())
        .containsExactly(
            "pkg:pypi/annotated-types@0.7.0",
            "pkg:pypi/click@8.0.0",
            "pkg:pypi/flask@2.0.0",
            "pkg:pypi/requests@2.22.0",
            "pkg:pypi/sample-package@0.1",
            "pkg:pypi/setuptools@51.3.3");
    assertThat(run.named("Flask").licenses()).containsExactly("BSD-3-Clause");
    assertThat(run.named("requests").licenses()).containsExactly("Apache 2.0");
    assertThat(run.named("setuptools").licenses()).containsExactly("MIT License");
    assertThat(run.named("sample_package").locations().getFirst().path())
        .isEqualTo(SP + "sample_package.egg");
  }

  @Test
  void osOwnedMetadataKeepsItsOsIdentity() throws Exception {
    Run run =
        CatalogFixtures.run(
            PythonCatalogers.installed(), ROOT, Set.of(SP + "click-8.0.0.dist-info/METADATA"));
    assertThat(run.purls()).doesNotContain("pkg:pypi/click@8.0.0").hasSize(5);
  }

  @Test
  void pinnedRequirements() throws Exception {
    Run run = CatalogFixtures.run(PythonCatalogers.requirements(), ROOT);
    assertThat(run.purls())
        .containsExactlyInAnyOrder(
            "pkg:pypi/flask@4.0.0",
            "pkg:pypi/urllib3@1.26.20",
            "pkg:pypi/foo@1.0.0",
            "pkg:pypi/someproject@5.4",
            "pkg:pypi/dots-allowed@1.0.0",
            "pkg:pypi/argh@0.26.2",
            "pkg:pypi/argh@0.26.3",
            "pkg:pypi/celery@4.4.7",
            "pkg:pypi/githubsampleproject@3.7.1",
            "pkg:pypi/friendly-bard@1.0.0",
            "pkg:pypi/local-version@1.2.3%2Bgcr.2");
  }

  @Test
  void lockfiles() throws Exception {
    Run run = CatalogFixtures.run(PythonCatalogers.locks(), ROOT);
    assertThat(run.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).startsWith("/broken/uv.lock: malformed TOML"));
    assertThat(count(run, "/app-poetry/poetry.lock")).isEqualTo(11);
    assertThat(count(run, "/app-uv/uv.lock")).isEqualTo(12); // 13 minus the project itself
    assertThat(count(run, "/app-pipenv/Pipfile.lock")).isEqualTo(6);
    assertThat(run.result().relationships()).isNotEmpty();
  }

  @Test
  void giganticAndMalformedMetadataBecomeWarnings() throws Exception {
    Path d = Files.createDirectories(dir.resolve("x.dist-info"));
    Files.writeString(
        d.resolve("METADATA"),
        "Name: x\nVersion: 1\n" + "Classifier: a\n".repeat(100_000) + "\n" + "body ".repeat(1000));
    Path bad = Files.createDirectories(dir.resolve("y.dist-info"));
    Files.writeString(bad.resolve("METADATA"), "not metadata at all");
    Files.write(dir.resolve("z.egg"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Run run = CatalogFixtures.run(PythonCatalogers.installed(), dir);
    assertThat(run.purls()).containsExactly("pkg:pypi/x@1");
    assertThat(run.warnings()).hasSize(2);
  }

  private static long count(Run run, String path) {
    return run.packages().stream()
        .filter(p -> p.locations().getFirst().path().equals(path))
        .count();
  }
}
