package dev.lashing.image.archive;

import dev.lashing.image.ImageException;
import dev.lashing.image.Limits;
import dev.lashing.image.oci.BlobSource;
import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.ManifestDocument;
import dev.lashing.image.oci.ManifestImage;
import dev.lashing.image.oci.OciDocuments;

/** The {@code blobs/<alg>/<hex>} store of an OCI image layout, in a directory or a tar. */
final class LayoutBlobs {
  private LayoutBlobs() {}

  /** Blobs by digest; the digest record only admits safe algorithm and hex strings. */
  static BlobSource of(FileTree tree) {
    return d -> tree.open("blobs/" + d.digest().algorithm() + "/" + d.digest().hex());
  }

  /** Reads and parses the manifest or index a descriptor points to, verifying digest and size. */
  static ManifestDocument document(FileTree tree, Descriptor d, Limits limits)
      throws ImageException {
    String what = "manifest " + d.digest();
    if (d.size() > limits.maxJsonBytes()) {
      throw new ImageException(
          tree.name()
              + ": "
              + what
              + " is "
              + d.size()
              + " bytes, over the "
              + limits.maxJsonBytes()
              + "-byte limit for JSON");
    }
    byte[] bytes = ManifestImage.readVerified(of(tree), d, what, tree.name());
    return OciDocuments.parseManifest(bytes, d.mediaType(), tree.name() + ": " + what);
  }
}
