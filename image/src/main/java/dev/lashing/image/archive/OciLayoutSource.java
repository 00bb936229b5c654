package dev.lashing.image.archive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.Limits;
import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.ManifestDocument;
import dev.lashing.image.oci.ManifestDocument.ImageIndex;
import dev.lashing.image.oci.ManifestDocument.ImageManifest;
import dev.lashing.image.oci.ManifestImage;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opens an OCI image layout (image-spec 1.1): a directory or a tar (plain or gzip) with {@code
 * oci-layout}, {@code index.json} and {@code blobs/<alg>/<hex>}. Nested indexes are followed to the
 * manifest for the wanted platform; every blob is verified against its descriptor.
 */
public final class OciLayoutSource {
  private static final int MAX_DEPTH = 4;

  private OciLayoutSource() {}

  /**
   * Opens the image tagged {@code tag} (an {@code org.opencontainers.image.ref.name}, or a full
   * reference whose tag is that name), or the only image / the only one for the platform.
   *
   * @throws ImageException with a one-line message naming the layout and what is wrong
   */
  public static Image open(Path dirOrTar, @Nullable String tag, ImageOptions options)
      throws ImageException {
    FileTree tree =
        Files.isDirectory(dirOrTar) ? DirTree.open(dirOrTar) : TarTree.open(dirOrTar, options);
    return open(tree, tag, options);
  }

  /** Opens from an already opened tree, closing it if the image cannot be opened. */
  static Image open(FileTree tree, @Nullable String tag, ImageOptions options)
      throws ImageException {
    try {
      return build(tree, tag, options);
    } catch (ImageException | RuntimeException e) {
      DockerArchiveSource.closeQuietly(tree);
      throw e;
    }
  }

  private static Image build(FileTree tree, @Nullable String tag, ImageOptions options)
      throws ImageException {
    String name = tree.name();
    Limits limits = options.limits();
    checkLayoutVersion(tree, limits);
    byte[] indexBytes = FileTree.readSmall(tree, "index.json", limits.maxJsonBytes());
    ManifestDocument top =
        OciDocuments.parseManifest(indexBytes, MediaTypes.OCI_INDEX, name + ": index.json");
    if (!(top instanceof ImageIndex index)) {
      throw new ImageException(name + ": index.json is an image manifest, not an image index");
    }
    Platform wanted = options.platformOrHost();
    Descriptor chosen =
        LayoutSelection.select(index.manifests(), tag, wanted, name + ": index.json");
    List<String> tags = chosen.refName() == null ? List.of() : List.of(chosen.refName());
    Descriptor d = chosen;
    for (int depth = 0; ; depth++) {
      if (depth > MAX_DEPTH) {
        throw new ImageException(name + ": indexes nested more than " + MAX_DEPTH + " deep");
      }
      if (!MediaTypes.isManifest(d.mediaType()) && !MediaTypes.isIndex(d.mediaType())) {
        throw new ImageException(
            name + ": " + d.digest() + ": unsupported media type '" + d.mediaType() + "'");
      }
      ManifestDocument doc = LayoutBlobs.document(tree, d, limits);
      switch (doc) {
        case ImageManifest m -> {
          Platform fallback = d.platform() != null ? d.platform() : wanted;
          return ManifestImage.assemble(
              Image.Kind.OCI_LAYOUT,
              name,
              null,
              tags,
              m,
              LayoutBlobs.of(tree),
              limits,
              fallback,
              tree);
        }
        case ImageIndex nested ->
            d = OciDocuments.selectPlatform(nested, wanted, name + ": index " + d.digest());
      }
    }
  }

  private static void checkLayoutVersion(FileTree tree, Limits limits) throws ImageException {
    String name = tree.name();
    if (!tree.exists("oci-layout")) {
      throw new ImageException(name + ": no oci-layout file, not an OCI image layout");
    }
    byte[] bytes = FileTree.readSmall(tree, "oci-layout", limits.maxJsonBytes());
    String version = null;
    try {
      JsonNode n = OciDocuments.json().readTree(bytes);
      JsonNode v = n == null ? null : n.get("imageLayoutVersion");
      version = v != null && v.isTextual() ? v.asText() : null;
    } catch (IOException e) {
      throw new ImageException(name + ": oci-layout: malformed JSON");
    }
    if (!"1.0.0".equals(version)) {
      throw new ImageException(
          name
              + ": oci-layout: unsupported imageLayoutVersion "
              + (version == null ? "(none)" : "'" + ArchivePaths.printable(version) + "'")
              + ", expected 1.0.0");
    }
  }
}
