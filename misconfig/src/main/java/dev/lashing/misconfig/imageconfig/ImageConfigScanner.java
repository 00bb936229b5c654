package dev.lashing.misconfig.imageconfig;

import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.Layer;
import dev.lashing.misconfig.ConfigFinding;
import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.ScanOptions;
import dev.lashing.misconfig.ScanResult;
import dev.lashing.misconfig.secret.SecretFinding;
import dev.lashing.misconfig.secret.SecretScanner;
import dev.lashing.model.Digest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an image's own configuration as a Dockerfile: the config and the history's {@code
 * created_by} lines are turned into the Dockerfile they stand for, the Dockerfile checks run on it
 * through {@link ConfigScanner} (root user, port 22, secrets in ENV, {@code curl | sh}, …) and the
 * secret rules on its text; every finding is mapped back to its history step and layer.
 *
 * <pre>{@code
 * try (Image image = ImageSources.open("docker-archive:app.tar", ImageOptions.defaults())) {
 *   ImageConfigResult r = ImageConfigScanner.scan(image);
 * }
 * }</pre>
 */
public final class ImageConfigScanner {
  /** The name findings carry as their file: a Dockerfile synthesized from the image config. */
  public static final String FILE = "image-config.Dockerfile";

  private ImageConfigScanner() {}

  /** With every built-in Dockerfile check and secret rule. */
  public static ImageConfigResult scan(Image image) throws MisconfigException {
    return scan(image, ConfigScanner.create(ScanOptions.defaults()), SecretScanner.create());
  }

  /** With the given (reusable) scanners. */
  public static ImageConfigResult scan(Image image, ConfigScanner checks, SecretScanner secrets) {
    return scan(
        image.config(), image.layers().stream().map(Layer::digest).toList(), checks, secrets);
  }

  /**
   * Scans a config alone.
   *
   * @param layerDigests the image's layer digests bottom first, to name the layer of each step
   *     (empty when unknown)
   */
  public static ImageConfigResult scan(
      ImageConfig config, List<Digest> layerDigests, ConfigScanner checks, SecretScanner secrets) {
    List<Synthesis.Line> lines = Synthesis.of(config, layerDigests);
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l.text()).append('\n'));
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

    List<ImageConfigResult.Secret> found = new ArrayList<>();
    Set<Integer> secretLines = new HashSet<>();
    for (SecretFinding f : secrets.scan(FILE, bytes)) {
      secretLines.add(f.line());
    }
    for (SecretFinding f : secrets.scan(FILE, bytes)) {
      found.add(new ImageConfigResult.Secret(f, origin(lines, f.line(), secretLines)));
    }
    ScanResult r = checks.scan(FILE, bytes);
    List<ImageConfigResult.Check> failed = new ArrayList<>();
    for (ConfigFinding f : r.findings()) {
      failed.add(new ImageConfigResult.Check(f, origin(lines, f.line(), secretLines)));
    }
    return new ImageConfigResult(failed, found, r.errors());
  }

  private static Origin origin(List<Synthesis.Line> lines, int line, Set<Integer> secretLines) {
    if (line < 1 || line > lines.size()) {
      return new Origin(line, -1, null, null);
    }
    Origin o = lines.get(line - 1).origin();
    String cmd = lines.get(line - 1).text().split("\\s+", 2)[0];
    boolean masked = cmd.equals("ENV") || cmd.equals("ARG");
    if (secretLines.contains(line) && o.createdBy() != null && !masked) {
      return new Origin(
          o.line(), o.historyIndex(), cmd + " … (holds a secret; not shown)", o.layer());
    }
    return o;
  }
}
