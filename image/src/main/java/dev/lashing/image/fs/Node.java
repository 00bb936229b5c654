package dev.lashing.image.fs;

/**
 * An entry with what the view needs to read it.
 *
 * @param offset where the content starts in the layer's uncompressed tar stream (for a hard link,
 *     its target's), or -1 when the entry has no content
 * @param implied whether the entry was made up for a parent directory the tar does not list
 */
record Node(FileEntry entry, long offset, boolean implied) {
  String path() {
    return entry.path();
  }
}
