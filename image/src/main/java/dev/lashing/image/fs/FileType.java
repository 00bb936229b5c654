package dev.lashing.image.fs;

/** What kind of file an entry is, as a tar header or the file system says. */
public enum FileType {
  REGULAR,
  DIRECTORY,
  SYMLINK,
  /** A tar hard link; its content is the content of its target in the same layer. */
  HARDLINK,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  FIFO;

  /** Whether the entry has content that {@link FileResolver#open} can read. */
  public boolean readable() {
    return this == REGULAR || this == HARDLINK;
  }
}
