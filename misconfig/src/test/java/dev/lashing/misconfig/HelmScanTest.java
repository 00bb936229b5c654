package dev.lashing.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.misconfig.helm.HelmOptions;
import dev.lashing.misconfig.helm.TestCharts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts as scan inputs: rendered, then scanned with positions in the rendered templates. */
class HelmScanTest {
  static final Path CHARTS = Path.of("src/test/resources/helm");
  static final Path SHOP = CHARTS.resolve("shop");

  @Test
  void aChartDirectoryIsRenderedAndFindingsPointIntoItsTemplates() throws Exception {
    ScanResult r = ConfigScanner.scan(List.of(SHOP), ScanOptions.defaults());

    assertThat(r.errors()).isEmpty();
    assertThat(r.filesScanned()).isEqualTo(5);
    assertThat(r.findings())
        .filteredOn(f -> f.checkId().equals("LSH-K8S-001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo(SHOP + "/templates/deployment.yaml");
              assertThat(f.line()).isEqualTo(30);
              assertThat(f.object())
                  .isEqualTo(new ObjectRef("Deployment", "default", "release-name-shop"));
              assertThat(f.container()).isEqualTo("web");
            });
    assertThat(r.findings())
        .filteredOn(f -> f.checkId().equals("LSH-K8S-300"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo(SHOP + "/templates/secret.yaml");
              assertThat(f.line()).isEqualTo(7);
            });
    assertThat(r.findings())
        .filteredOn(f -> f.checkId().equals("LSH-K8S-003"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo(SHOP + "/charts/cache/templates/statefulset.yaml");
              assertThat(f.line()).isEqualTo(16);
            });
  }

  @Test
  void valuesChangeTheFindings() throws Exception {
    ScanOptions hardened =
        ScanOptions.defaults()
            .withHelm(
                HelmOptions.defaults()
                    .withValuesFiles(List.of(CHARTS.resolve("hardened-values.yaml"))));
    ScanResult r = ConfigScanner.scan(List.of(SHOP), hardened);

    assertThat(r.errors()).isEmpty();
    assertThat(r.findings())
        .extracting(ConfigFinding::checkId)
        .doesNotContain("LSH-K8S-001", "LSH-K8S-003")
        .contains("LSH-K8S-300");

    ScanResult set =
        ConfigScanner.scan(
            List.of(SHOP),
            ScanOptions.defaults()
                .withHelm(
                    HelmOptions.defaults().withSet(List.of("securityContext.privileged=false"))));
    assertThat(set.findings()).extracting(ConfigFinding::checkId).doesNotContain("LSH-K8S-001");
  }

  @Test
  void aWalkRendersChartsInsteadOfParsingTheirTemplates(@TempDir Path tmp) throws Exception {
    Path repo = tmp.resolve("repo");
    copy(SHOP, repo.resolve("deploy/charts/shop"));
    Files.writeString(
        repo.resolve("deploy/ns.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n");
    TestCharts.pack(SHOP, Files.createDirectories(repo.resolve("dist")).resolve("shop-1.2.0.tgz"));
    Files.writeString(repo.resolve("dist/other.tgz"), "not an archive");

    ScanResult r = ConfigScanner.scan(List.of(repo), ScanOptions.defaults());

    assertThat(r.errors()).isEmpty();
    assertThat(r.perFile().keySet())
        .contains(
            repo + "/deploy/charts/shop/templates/deployment.yaml",
            repo + "/deploy/ns.yaml",
            repo + "/dist/shop-1.2.0.tgz!/shop/templates/deployment.yaml")
        .noneMatch(f -> f.endsWith("_helpers.tpl") || f.endsWith("values.yaml"));
    assertThat(r.filesScanned()).isEqualTo(11);
  }

  @Test
  void aBrokenChartIsAnErrorWhileOtherInputsAreStillScanned(@TempDir Path tmp) throws Exception {
    Path pod = tmp.resolve("pod.yaml");
    Files.writeString(
        pod,
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n"
            + "  containers:\n    - name: a\n      image: nginx:1.27\n");
    Path broken = CHARTS.resolve("broken");

    ScanResult r = ConfigScanner.scan(List.of(broken, pod), ScanOptions.defaults());

    assertThat(r.errors())
        .singleElement()
        .asString()
        .startsWith(
            broken + ": cannot render Helm chart: template: broken/templates/pod.yaml:11:28");
    assertThat(r.findings()).extracting(ConfigFinding::checkId).contains("LSH-K8S-003");
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
