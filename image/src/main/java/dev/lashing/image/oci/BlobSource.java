package dev.lashing.image.oci;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the blobs of a manifest live: an OCI layout's {@code blobs/} directory, a registry, a tar.
 * Returns the raw bytes as stored; {@link ManifestImage} verifies digests and sizes.
 */
@FunctionalInterface
public interface BlobSource {
  /**
   * Opens a blob. A blob that does not exist is an {@link java.io.FileNotFoundException} or {@link
   * java.nio.file.NoSuchFileException} naming it.
   */
  InputStream open(Descriptor descriptor) throws IOException;
}
