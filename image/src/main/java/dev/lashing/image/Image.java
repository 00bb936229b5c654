package dev.lashing.image;

import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An opened image: its manifest facts, configuration and layers. Layer contents are streamed on
 * demand through {@link #openLayer}; nothing is extracted to disk. Close it to release temporary
 * files and connections.
 */
public interface Image extends AutoCloseable {

  /** Which kind of source the image came from. */
  enum Kind {
    REGISTRY,
    DOCKER_ARCHIVE,
    OCI_LAYOUT,
    DIRECTORY
  }

  Kind kind();

  /** What the user named, for messages: a reference, a file path, a directory. */
  String name();

  /** The registry reference, pinned to the manifest digest, when the image came from a registry. */
  @Nullable ImageRef ref();

  /** Tags the source records for this image (docker-archive RepoTags, OCI ref.name annotations). */
  List<String> tags();

  /** Digest of the image manifest, or null where there is none (docker-archive, directory). */
  @Nullable Digest manifestDigest();

  /** Digest of the config blob (the image id), or null for a directory. */
  @Nullable Digest configDigest();

  /** The platform the image is built for; for a directory, the host's. */
  Platform platform();

  ImageConfig config();

  /** Layers bottom first; empty for a directory. */
  List<Layer> layers();

  /**
   * The uncompressed tar stream of one layer. The stream verifies the blob digest (and the diff id)
   * as it is read and throws an {@link IOException} naming the layer at the end of a mismatching or
   * truncated blob; callers must read it to the end to get that check.
   */
  InputStream openLayer(Layer layer) throws IOException;

  /** The root directory, for a {@link Kind#DIRECTORY} source; null otherwise. */
  default @Nullable Path rootDirectory() {
    return null;
  }

  @Override
  void close() throws IOException;
}
