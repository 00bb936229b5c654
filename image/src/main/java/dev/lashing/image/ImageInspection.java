package dev.lashing.image;

import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Platform;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code lashing image inspect} reports: the image's identity, configuration, layers, OS and
 * the size of its squashed file view.
 */
public record ImageInspection(
    String name,
    Image.Kind source,
    @Nullable ImageRef reference,
    List<String> tags,
    @Nullable Digest manifestDigest,
    @Nullable Digest configDigest,
    Platform platform,
    ImageConfig config,
    List<LayerInfo> layers,
    @Nullable OsInfo os,
    int fileCount) {

  public ImageInspection {
    tags = List.copyOf(tags);
    layers = List.copyOf(layers);
  }

  /** One layer with the sizes measured while indexing it. */
  public record LayerInfo(
      int index,
      Digest digest,
      Digest diffId,
      String mediaType,
      long size,
      long uncompressedSize,
      long entries,
      @Nullable String createdBy) {}

  /** Sum of the stored (compressed) layer sizes. */
  public long size() {
    return layers.stream().mapToLong(LayerInfo::size).sum();
  }

  /** Sum of the uncompressed layer sizes. */
  public long uncompressedSize() {
    return layers.stream().mapToLong(LayerInfo::uncompressedSize).sum();
  }
}
