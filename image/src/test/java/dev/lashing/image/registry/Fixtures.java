package dev.lashing.image.registry;

import dev.lashing.image.Image;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Layer;
import dev.lashing.image.Limits;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Options and settings for fast, hermetic registry tests. */
final class Fixtures {
  private Fixtures() {}

  /** No Docker config unless one is written under {@code home}; helpers from {@code helpers}. */
  static SourceSettings settings(Path home, Path helpers) {
    return new SourceSettings(
        Map.of("HOME", home.toString()),
        List.of(helpers),
        Duration.ofSeconds(20),
        Duration.ofMillis(1),
        Duration.ofMillis(5),
        Duration.ofMillis(20),
        Duration.ofSeconds(10),
        3);
  }

  static ImageOptions insecure() {
    return options(true, null, null, 3);
  }

  static ImageOptions options(
      boolean insecure, @Nullable String user, @Nullable String password, int retries) {
    return new ImageOptions(
        Platform.parse("linux/amd64"),
        insecure,
        user,
        password,
        null,
        null,
        Duration.ofSeconds(20),
        retries,
        Limits.DEFAULTS);
  }

  static ImageRef ref(FakeRegistry r, String tag) {
    return ImageRef.parse(r.authority() + "/team/app:" + tag);
  }

  /** Reads a layer to the end (which verifies it) and returns the uncompressed bytes. */
  static byte[] readLayer(Image image, Layer layer) throws IOException {
    try (InputStream in = image.openLayer(layer)) {
      return in.readAllBytes();
    }
  }
}
