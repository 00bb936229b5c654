package dev.lashing.image.archive;

import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.ManifestDocument;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Digest;
import org.jspecify.annotations.Nullable;

/**
 * Finds, in the OCI {@code index.json} that docker ≥ 25 writes beside {@code manifest.json}, the
 * manifest whose config is a given image's config. The lookup is informational: the docker-archive
 * is read and verified without it, so a missing or malformed index only means no manifest digest.
 */
final class ManifestLookup {
  private static final int MAX_DEPTH = 4;
  private static final int MAX_DOCUMENTS = 64;

  private int visited;

  private ManifestLookup() {}

  static @Nullable Digest manifestDigest(FileTree tree, Digest configDigest, Limits limits) {
    if (!tree.exists("index.json") || !tree.exists("oci-layout")) {
      return null;
    }
    try {
      byte[] bytes = FileTree.readSmall(tree, "index.json", limits.maxJsonBytes());
      ManifestDocument doc =
          OciDocuments.parseManifest(bytes, MediaTypes.OCI_INDEX, tree.name() + ": index.json");
      return new ManifestLookup().search(tree, doc, configDigest, limits, 0);
    } catch (ImageException e) {
      return null;
    }
  }

  private @Nullable Digest search(
      FileTree tree, ManifestDocument doc, Digest configDigest, Limits limits, int depth)
      throws ImageException {
    if (!(doc instanceof ManifestDocument.ImageIndex index) || depth > MAX_DEPTH) {
      return null;
    }
    for (Descriptor d : index.manifests()) {
      if (++visited > MAX_DOCUMENTS) {
        return null;
      }
      if (!MediaTypes.isManifest(d.mediaType()) && !MediaTypes.isIndex(d.mediaType())) {
        continue;
      }
      ManifestDocument sub = LayoutBlobs.document(tree, d, limits);
      if (sub instanceof ManifestDocument.ImageManifest m
          && m.config().digest().equals(configDigest)) {
        return d.digest();
      }
      Digest found = search(tree, sub, configDigest, limits, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
