package dev.lashing.image.fs;

import dev.lashing.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * One file of an image layer or a directory.
 *
 * @param path absolute, normalized, {@code /}-separated path ({@code /} for the root)
 * @param type what kind of file it is
 * @param size content size in bytes (for a hard link, the size of its target); 0 for entries
 *     without content
 * @param mode permission bits ({@code 07777}), without file type bits
 * @param uid owner user id
 * @param gid owner group id
 * @param linkTarget the symlink target as written, or for a hard link the normalized absolute path
 *     of the file it links to; null otherwise
 * @param location the path and the diff id of the layer that holds the entry (null layer for a
 *     directory source)
 * @param layerIndex index of that layer, bottom first; -1 for a directory source
 */
public record FileEntry(
    String path,
    FileType type,
    long size,
    int mode,
    long uid,
    long gid,
    @Nullable String linkTarget,
    Location location,
    int layerIndex) {

  public boolean isRegular() {
    return type == FileType.REGULAR || type == FileType.HARDLINK;
  }

  public boolean isDirectory() {
    return type == FileType.DIRECTORY;
  }

  public boolean isSymlink() {
    return type == FileType.SYMLINK;
  }

  /** The last path component ({@code ""} for the root). */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
