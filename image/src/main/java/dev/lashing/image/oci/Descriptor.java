package dev.lashing.image.oci;

import dev.lashing.model.Digest;
import dev.lashing.model.Platform;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An OCI content descriptor: what a manifest or index says about a blob it points to. */
public record Descriptor(
    String mediaType,
    Digest digest,
    long size,
    @Nullable Platform platform,
    Map<String, String> annotations,
    List<String> urls) {

  public Descriptor {
    annotations = Map.copyOf(annotations);
    urls = List.copyOf(urls);
  }

  /** The {@code org.opencontainers.image.ref.name} annotation (an OCI layout's tag), if any. */
  public @Nullable String refName() {
    return annotations.get("org.opencontainers.image.ref.name");
  }
}
