package dev.lashing.image.archive;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Opens a local image file whatever its format, deciding by content rather than by name: a
 * directory with {@code oci-layout} is an OCI layout; a tar (or gzip'd tar) with {@code
 * manifest.json} is a docker-archive (preferred when docker ≥ 25 also wrote {@code index.json}); a
 * tar with {@code oci-layout} and {@code index.json} only is an OCI layout tar.
 */
public final class ArchiveSources {
  private ArchiveSources() {}

  /**
   * @param tag which image to take when the file holds several (a RepoTags entry or OCI ref name)
   * @throws ImageException if the path is not a container image or the image is broken
   */
  public static Image open(Path path, @Nullable String tag, ImageOptions options)
      throws ImageException {
    if (Files.isDirectory(path)) {
      if (Files.exists(path.resolve("oci-layout"))) {
        return OciLayoutSource.open(DirTree.open(path), tag, options);
      }
      throw notAnImage(path);
    }
    if (!Files.exists(path)) {
      throw new ImageException(path + ": no such file or directory");
    }
    TarTree tree = TarTree.open(path, options);
    if (tree.has("manifest.json")) {
      return DockerArchiveSource.open(tree, tag, options);
    }
    if (tree.has("index.json") && tree.has("oci-layout")) {
      return OciLayoutSource.open(tree, tag, options);
    }
    DockerArchiveSource.closeQuietly(tree);
    throw notAnImage(path);
  }

  private static ImageException notAnImage(Path path) {
    return TarIndex.notAnImage(path.toString());
  }
}
