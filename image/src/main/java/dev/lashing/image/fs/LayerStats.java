package dev.lashing.image.fs;

import dev.lashing.model.Digest;

/**
 * What indexing found in one layer.
 *
 * @param index layer index, bottom first
 * @param digest the blob digest, as the manifest names it
 * @param diffId digest of the uncompressed tar
 * @param entries tar entries in the layer, whiteout markers included
 * @param uncompressedBytes size of the uncompressed tar stream in bytes
 */
public record LayerStats(
    int index, Digest digest, Digest diffId, long entries, long uncompressedBytes) {}
