package dev.lashing.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a file was found: its absolute path in the image or directory, and the digest of the layer
 * (the uncompressed diff id) that put it there, or null for a plain directory.
 */
public record Location(String path, @Nullable Digest layer) {
  public Location {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("location path must be absolute: " + path);
    }
  }

  @Override
  public String toString() {
    return layer == null ? path : path + " (layer " + layer.shortHex() + ")";
  }
}
