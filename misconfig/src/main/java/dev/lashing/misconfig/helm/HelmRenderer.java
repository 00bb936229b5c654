package dev.lashing.misconfig.helm;

import dev.lashing.misconfig.MisconfigException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders Helm charts as {@code helm template} does, offline and in-process: the chart's {@code
 * values.yaml}, then {@link HelmOptions#valuesFiles()}, then {@link HelmOptions#set()}; subcharts
 * under {@code charts/} (directories or {@code .tgz}) are rendered with their parent. Dependencies
 * listed in {@code Chart.yaml} but absent from {@code charts/} are an error (nothing is
 * downloaded).
 */
public interface HelmRenderer {

  /**
   * The rendered templates of {@code chart} (a directory holding {@code Chart.yaml}, or a packaged
   * {@code .tgz}), in Helm's output order; templates that render to nothing are absent.
   *
   * @throws MisconfigException with one line naming the chart and, where Helm says, the template
   *     and line: {@code deploy/web: cannot render chart: template: web/templates/x.yaml:7:...}
   */
  List<RenderedTemplate> render(Path chart, HelmOptions options) throws MisconfigException;

  static HelmRenderer create() {
    return new DefaultHelmRenderer();
  }

  /** A directory with a {@code Chart.yaml}. */
  static boolean isChartDirectory(Path dir) {
    return Charts.isChartDirectory(dir);
  }

  /**
   * A gzip tar whose first entries hold {@code NAME/Chart.yaml} (what {@code helm package} makes).
   */
  static boolean isPackagedChart(Path file) {
    return Charts.isPackagedChart(file);
  }
}
