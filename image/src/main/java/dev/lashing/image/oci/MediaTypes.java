package dev.lashing.image.oci;

import dev.lashing.image.Compression;
import java.util.Optional;
import java.util.Set;

/** The media types of OCI image-spec 1.1 and Docker image manifest schema 2. */
public final class MediaTypes {
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
  public static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar";
  public static final String OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
  public static final String OCI_LAYER_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";
  public static final String OCI_LAYER_ND =
      "application/vnd.oci.image.layer.nondistributable.v1.tar";
  public static final String OCI_LAYER_ND_GZIP =
      "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip";
  public static final String OCI_LAYER_ND_ZSTD =
      "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd";
  public static final String DOCKER_MANIFEST =
      "application/vnd.docker.distribution.manifest.v2+json";
  public static final String DOCKER_MANIFEST_LIST =
      "application/vnd.docker.distribution.manifest.list.v2+json";
  public static final String DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
  public static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar.gzip";
  public static final String DOCKER_LAYER_FOREIGN =
      "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
  public static final String DOCKER_LAYER_ZSTD =
      "application/vnd.docker.image.rootfs.diff.tar.zstd";
  public static final String DOCKER_SCHEMA1_SIGNED =
      "application/vnd.docker.distribution.manifest.v1+prettyjws";
  public static final String DOCKER_SCHEMA1 =
      "application/vnd.docker.distribution.manifest.v1+json";

  /**
   * Manifest types Lashing reads (the Accept header of a registry request, in preference order).
   */
  public static final Set<String> MANIFESTS = Set.of(OCI_MANIFEST, DOCKER_MANIFEST);

  public static final Set<String> INDEXES = Set.of(OCI_INDEX, DOCKER_MANIFEST_LIST);

  public static final Set<String> CONFIGS = Set.of(OCI_CONFIG, DOCKER_CONFIG);

  private MediaTypes() {}

  public static boolean isManifest(String mediaType) {
    return MANIFESTS.contains(mediaType);
  }

  public static boolean isIndex(String mediaType) {
    return INDEXES.contains(mediaType);
  }

  /** The compression a layer media type declares, or empty if it is not a known layer type. */
  public static Optional<Compression> layerCompression(String mediaType) {
    return switch (mediaType) {
      case OCI_LAYER, OCI_LAYER_ND -> Optional.of(Compression.NONE);
      case OCI_LAYER_GZIP, OCI_LAYER_ND_GZIP, DOCKER_LAYER, DOCKER_LAYER_FOREIGN ->
          Optional.of(Compression.GZIP);
      case OCI_LAYER_ZSTD, OCI_LAYER_ND_ZSTD, DOCKER_LAYER_ZSTD -> Optional.of(Compression.ZSTD);
      default -> Optional.empty();
    };
  }
}
