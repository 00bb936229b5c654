package dev.lashing.image.archive;

import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Layer;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Digest;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Opens a docker-archive: the tar written by {@code docker save}, {@code podman save} or {@code
 * skopeo copy ... docker-archive:}, plain or gzip-compressed. {@code manifest.json} may come
 * anywhere in the tar; legacy {@code <id>/layer.tar} entries may be links to other entries.
 */
public final class DockerArchiveSource {
  private static final Pattern LEGACY_CONFIG = Pattern.compile("([0-9a-f]{64})\\.json");

  private DockerArchiveSource() {}

  /**
   * Opens the image tagged {@code tag} (or the only image) in the docker-archive at {@code tar}.
   *
   * @param tag a RepoTags entry, exactly or as an equivalent reference ({@code alpine:3.20} for
   *     {@code docker.io/library/alpine:3.20}); null when the archive holds one image
   * @throws ImageException with a one-line message naming the file and what is wrong
   */
  public static Image open(Path tar, @Nullable String tag, ImageOptions options)
      throws ImageException {
    return open(TarTree.open(tar, options), tag, options);
  }

  /** Opens from an already indexed tar, closing it if the image cannot be opened. */
  static Image open(TarTree tree, @Nullable String tag, ImageOptions options)
      throws ImageException {
    try {
      return build(tree, tag, options);
    } catch (ImageException | RuntimeException e) {
      closeQuietly(tree);
      throw e;
    }
  }

  private static Image build(TarTree tree, @Nullable String tag, ImageOptions options)
      throws ImageException {
    String name = tree.name();
    int maxJson = options.limits().maxJsonBytes();
    if (!tree.has("manifest.json")) {
      throw new ImageException(name + ": no manifest.json, not a docker-archive");
    }
    byte[] manifestBytes = FileTree.readSmall(tree, "manifest.json", maxJson);
    List<DockerManifest> images = DockerManifest.parse(manifestBytes, name + ": manifest.json");
    DockerManifest m = select(images, tag, name);
    byte[] configBytes = FileTree.readSmall(tree, m.config(), maxJson);
    Digest configDigest = OciDocuments.sha256(configBytes);
    Digest named = namedDigest(tree, m.config());
    if (named != null && !named.equals(configDigest)) {
      throw new ImageException(
          name
              + ": config "
              + m.config()
              + ": digest mismatch (content hashes to "
              + configDigest
              + ")");
    }
    ImageConfig config = OciDocuments.parseConfig(configBytes, name + ": config " + m.config());
    List<Layer> layers = DockerLayers.build(tree, m, config);
    Digest manifestDigest = ManifestLookup.manifestDigest(tree, configDigest, options.limits());
    Platform platform = config.platform() != null ? config.platform() : options.platformOrHost();
    return new DockerArchiveImage(
        tree, m.repoTags(), manifestDigest, configDigest, platform, config, layers, m.layers());
  }

  /** The digest a config's entry name states ({@code blobs/sha256/<hex>}, {@code <hex>.json}). */
  private static @Nullable Digest namedDigest(FileTree tree, String path) throws ImageException {
    String resolved;
    try {
      resolved = tree.resolvedPath(path);
    } catch (IOException e) {
      throw new ImageException(tree.name() + ": config " + path + ": " + FileTree.message(e));
    }
    Matcher blob = DockerLayers.BLOB.matcher(resolved);
    if (blob.matches()) {
      return new Digest("sha256", blob.group(1));
    }
    Matcher legacy = LEGACY_CONFIG.matcher(resolved);
    return legacy.matches() ? new Digest("sha256", legacy.group(1)) : null;
  }

  static DockerManifest select(List<DockerManifest> images, @Nullable String tag, String name)
      throws ImageException {
    if (tag == null) {
      if (images.size() == 1) {
        return images.getFirst();
      }
      throw new ImageException(
          name
              + ": holds "
              + images.size()
              + " images; name one by tag (available: "
              + Tags.list(allTags(images))
              + ")");
    }
    for (DockerManifest m : images) {
      if (m.repoTags().contains(tag)) {
        return m;
      }
    }
    for (DockerManifest m : images) {
      for (String t : m.repoTags()) {
        if (Tags.same(t, tag)) {
          return m;
        }
      }
    }
    throw new ImageException(
        name + ": no image tagged '" + tag + "' (available: " + Tags.list(allTags(images)) + ")");
  }

  private static List<String> allTags(List<DockerManifest> images) {
    List<String> all = new ArrayList<>();
    for (DockerManifest m : images) {
      all.addAll(m.repoTags().isEmpty() ? List.of("<untagged " + m.config() + ">") : m.repoTags());
    }
    return all;
  }

  static void closeQuietly(FileTree tree) {
    try {
      tree.close();
    } catch (IOException ignored) {
      // Already failing; the original error is the one to report.
    }
  }
}
