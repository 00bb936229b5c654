package dev.lashing.image;

import dev.lashing.model.Digest;
import org.jspecify.annotations.Nullable;

/**
 * One layer of an image, bottom first.
 *
 * @param index position in the manifest, 0 = base layer
 * @param digest digest of the blob as stored (compressed), as the manifest names it
 * @param diffId digest of the uncompressed tar, from the config's rootfs.diff_ids
 * @param mediaType the manifest's media type for the layer
 * @param compression how the blob is compressed
 * @param size size of the blob as stored, in bytes
 * @param createdBy the history entry that made the layer, if the config has one
 */
public record Layer(
    int index,
    Digest digest,
    Digest diffId,
    String mediaType,
    Compression compression,
    long size,
    @Nullable String createdBy) {}
