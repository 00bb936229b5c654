package dev.lashing.image;

import dev.lashing.image.fs.FileViews;
import dev.lashing.image.fs.ImageFiles;
import dev.lashing.image.fs.LayerStats;
import dev.lashing.image.fs.OsDetection;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link ImageInspection} of an image: opens it, indexes its layers, detects the OS. */
public final class ImageInspector {
  private ImageInspector() {}

  public static ImageInspection inspect(String target, ImageOptions options) throws ImageException {
    try (Image image = ImageSources.open(target, options)) {
      return inspect(image, options.limits());
    } catch (java.io.IOException e) {
      throw new ImageException(target + ": " + e.getMessage(), e);
    }
  }

  public static ImageInspection inspect(Image image, Limits limits) throws ImageException {
    ImageFiles files = FileViews.index(image, limits);
    List<ImageInspection.LayerInfo> layers = new ArrayList<>();
    List<LayerStats> stats = files.layerStats();
    for (Layer l : image.layers()) {
      LayerStats s = stats.get(l.index());
      layers.add(
          new ImageInspection.LayerInfo(
              l.index(),
              l.digest(),
              l.diffId(),
              l.mediaType(),
              l.size(),
              s.uncompressedBytes(),
              s.entries(),
              l.createdBy()));
    }
    return new ImageInspection(
        image.name(),
        image.kind(),
        image.ref(),
        image.tags(),
        image.manifestDigest(),
        image.configDigest(),
        image.platform(),
        image.config(),
        layers,
        OsDetection.detect(files.squashed()).orElse(null),
        files.squashed().size());
  }
}
