package dev.lashing.misconfig.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.misconfig.MisconfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the test charts in {@code src/test/resources/helm} (see SOURCES.md there). */
class HelmRendererTest {
  static final Path CHARTS = Path.of("src/test/resources/helm");
  static final Path SHOP = CHARTS.resolve("shop");

  @Test
  void rendersEveryTemplateOfTheChartAndItsSubchartWithTheChartsDefaults() throws Exception {
    List<RenderedTemplate> out = HelmRenderer.create().render(SHOP, HelmOptions.defaults());

    assertThat(out)
        .extracting(RenderedTemplate::file)
        .containsExactly(
            SHOP + "/templates/serviceaccount.yaml",
            SHOP + "/templates/secret.yaml",
            SHOP + "/templates/service.yaml",
            SHOP + "/templates/deployment.yaml",
            SHOP + "/charts/cache/templates/statefulset.yaml");
    RenderedTemplate deployment = out.get(3);
    List<String> lines = deployment.text().lines().toList();
    assertThat(lines.get(0)).isEqualTo("apiVersion: apps/v1");
    assertThat(lines.get(3)).isEqualTo("  name: release-name-shop");
    assertThat(lines.get(29)).isEqualTo("            privileged: true");
    assertThat(deployment.text()).doesNotContain("# Source:");
  }

  @Test
  void valuesFilesAndSetOverrideTheDefaultsInHelmsOrder(@TempDir Path tmp) throws Exception {
    Path more = tmp.resolve("more.yaml");
    Files.writeString(more, "replicaCount: 5\nimage:\n  tag: \"9.9.9\"\n");
    HelmOptions options =
        HelmOptions.defaults()
            .withValuesFiles(List.of(CHARTS.resolve("hardened-values.yaml"), more))
            .withSet(List.of("image.tag=1.0.0", "serviceAccount.create=false"));

    List<RenderedTemplate> out = HelmRenderer.create().render(SHOP, options);

    String deployment = text(out, "templates/deployment.yaml");
    assertThat(deployment)
        .contains("privileged: false", "replicas: 5", "registry.example.com/shop/web:1.0.0");
    assertThat(text(out, "charts/cache/templates/statefulset.yaml")).contains("hostNetwork: false");
    assertThat(out)
        .extracting(RenderedTemplate::file)
        .noneMatch(f -> f.endsWith("serviceaccount.yaml"));
  }

  @Test
  void aBrokenChartIsOneLineNamingTheChartAndTheTemplate() {
    Path broken = CHARTS.resolve("broken");
    assertThatThrownBy(() -> HelmRenderer.create().render(broken, HelmOptions.defaults()))
        .isInstanceOf(MisconfigException.class)
        .hasMessageStartingWith(broken + ": cannot render Helm chart: ")
        .hasMessageContaining("broken/templates/pod.yaml:11:28")
        .hasMessageContaining("nil pointer evaluating interface {}.memory")
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("--debug")
        .hasMessageEndingWith("nil pointer evaluating interface {}.memory");
  }

  @Test
  void refusesWhatIsNotAChartAndMissingValuesFiles(@TempDir Path tmp) {
    assertThatThrownBy(() -> HelmRenderer.create().render(tmp, HelmOptions.defaults()))
        .hasMessage(tmp + ": not a Helm chart (no Chart.yaml)");
    Path missing = tmp.resolve("nope.yaml");
    assertThatThrownBy(
            () ->
                HelmRenderer.create()
                    .render(SHOP, HelmOptions.defaults().withValuesFiles(List.of(missing))))
        .hasMessage(missing + ": values file not found");
    assertThatThrownBy(
            () -> HelmRenderer.create().render(SHOP, HelmOptions.defaults().withSet(List.of("x"))))
        .hasMessageContaining("--set 'x': expected KEY=VALUE");
  }

  @Test
  void rendersAPackagedChartNamingFilesInsideTheArchive(@TempDir Path tmp) throws Exception {
    Path tgz = TestCharts.pack(SHOP, tmp.resolve("shop-1.2.0.tgz"));
    assertThat(HelmRenderer.isPackagedChart(tgz)).isTrue();

    List<RenderedTemplate> out = HelmRenderer.create().render(tgz, HelmOptions.defaults());

    assertThat(out)
        .extracting(RenderedTemplate::file)
        .contains(
            tgz + "!/shop/templates/deployment.yaml",
            tgz + "!/shop/charts/cache/templates/statefulset.yaml");
  }

  @Test
  void recognisesCharts(@TempDir Path tmp) throws Exception {
    assertThat(HelmRenderer.isChartDirectory(SHOP)).isTrue();
    assertThat(HelmRenderer.isChartDirectory(SHOP.resolve("templates"))).isFalse();
    Path notChart = tmp.resolve("data.tgz");
    Files.write(notChart, new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
    assertThat(HelmRenderer.isPackagedChart(notChart)).isFalse();
  }

  @Test
  void splitsHelmOutputPerTemplateKeepingDocumentsOfOneTemplateTogether() {
    String output =
        """
        ---
        # Source: web/templates/a.yaml
        kind: A
        ---
        # Source: web/templates/b.yaml
        kind: B
        ---
        # Source: web/templates/a.yaml
        kind: A2
        """;
    List<RenderedTemplate> out = RenderedOutput.split(output, "charts/web", false);
    assertThat(out)
        .containsExactly(
            new RenderedTemplate("charts/web/templates/a.yaml", "kind: A\n---\nkind: A2\n"),
            new RenderedTemplate("charts/web/templates/b.yaml", "kind: B\n"));
  }

  @Test
  void setSplitsAtTopLevelCommasAsHelmDoes() {
    assertThat(DefaultHelmRenderer.assignments("a=1,b.c=x")).containsExactly("a=1", "b.c=x");
    assertThat(DefaultHelmRenderer.assignments("tolerations={a,b},x=y,"))
        .containsExactly("tolerations={a,b}", "x=y");
    assertThat(DefaultHelmRenderer.assignments("note=a\\,b")).containsExactly("note=a\\,b");
  }

  private static String text(List<RenderedTemplate> out, String suffix) {
    return out.stream().filter(t -> t.file().endsWith(suffix)).findFirst().orElseThrow().text();
  }
}
