package dev.lashing.misconfig.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import com.marcnuri.helm.jni.NativeLibrary;
import dev.lashing.misconfig.MisconfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Renders with helm-java: Helm's Go code compiled into a native library, called through JNA, so no
 * {@code helm} binary and no network are needed.
 */
final class DefaultHelmRenderer implements HelmRenderer {
  /** Rendered output above this is refused (a chart looping over a huge range). */
  static final int MAX_OUTPUT = 64 * 1024 * 1024;

  private static final int MAX_MESSAGE = 600;

  @Override
  public List<RenderedTemplate> render(Path chart, HelmOptions options) throws MisconfigException {
    String name = chart.toString();
    boolean packaged = !Files.isDirectory(chart);
    if (packaged ? !Charts.isPackagedChart(chart) : !Charts.isChartDirectory(chart)) {
      throw MisconfigException.at(name, 0, "not a Helm chart (no Chart.yaml)");
    }
    for (Path values : options.valuesFiles()) {
      if (!Files.isRegularFile(values)) {
        throw MisconfigException.at(values.toString(), 0, "values file not found");
      }
    }
    requireNativeLibrary(name);
    TemplateCommand template =
        new Helm(chart)
            .template()
            .withName(options.releaseName())
            .withNamespace(options.namespace());
    options.valuesFiles().forEach(template::withValuesFile);
    for (String assignment :
        options.set().stream().flatMap(a -> assignments(a).stream()).toList()) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw new MisconfigException(
            "--set '" + assignment + "': expected KEY=VALUE (e.g. image.tag=1.2.3)");
      }
      template.set(assignment.substring(0, eq), assignment.substring(eq + 1));
    }
    String output;
    try {
      output = template.call();
    } catch (RuntimeException e) {
      throw MisconfigException.at(name, 0, "cannot render Helm chart: " + message(e));
    }
    if (output.length() > MAX_OUTPUT) {
      throw MisconfigException.at(
          name, 0, "rendered chart larger than " + MAX_OUTPUT + " characters; not scanned");
    }
    return RenderedOutput.split(output, name, packaged);
  }

  /**
   * helm-java falls back to downloading a native jar at run time when none is on the class path;
   * Lashing never downloads at scan time, so it checks first and says what is missing.
   */
  private static void requireNativeLibrary(String chart) throws MisconfigException {
    ClassLoader loader = DefaultHelmRenderer.class.getClassLoader();
    if (ServiceLoader.load(NativeLibrary.class, loader).findFirst().isEmpty()) {
      throw MisconfigException.at(
          chart,
          0,
          "cannot render Helm charts on "
              + System.getProperty("os.name")
              + "/"
              + System.getProperty("os.arch")
              + ": helm-java's native library for this platform is not installed");
    }
  }

  /**
   * {@code a=1,b.c=x} → {@code a=1}, {@code b.c=x}, as {@code helm --set} splits; a comma inside
   * {@code {…}} or escaped as {@code \,} does not split.
   */
  static List<String> assignments(String text) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
      } else if (c == ',' && depth == 0) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
        current.append(c);
      }
    }
    out.add(current.toString());
    return out.stream().filter(a -> !a.isBlank()).toList();
  }

  private static String message(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // advice for the helm command line, which Lashing does not have
    m = m.replace("Use --debug flag to render out invalid YAML", "");
    m = m.replaceAll("\\s*[\\r\\n]+\\s*", "; ").replaceAll("[;\\s]+$", "").strip();
    return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "…" : m;
  }
}
