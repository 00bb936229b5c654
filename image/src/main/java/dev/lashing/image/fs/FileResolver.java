package dev.lashing.image.fs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A read-only view of the files of an image (squashed, one layer, or all layers) or a directory.
 * Paths are absolute inside the image; symlinks are resolved inside the view, never by the
 * operating system, and never leave the image root (chroot semantics).
 */
public interface FileResolver {

  /** Symlinks followed while resolving one path before giving up. */
  int MAX_SYMLINKS = 40;

  /**
   * The file at {@code path}, following symlinks in every component, the last one included. {@code
   * ..} at the root stays at the root; absolute link targets are taken relative to the image root.
   * Empty when the path does not exist, a component is not a directory, or more than {@value
   * #MAX_SYMLINKS} links are followed.
   */
  Optional<FileEntry> file(String path);

  /** Like {@link #file}, but the last component is not followed: a symlink is returned as is. */
  Optional<FileEntry> entry(String path);

  /** Every entry of the view, in path order (a directory before its contents). */
  Stream<FileEntry> entries();

  /**
   * Entries whose absolute path matches a glob ({@code *}, {@code ?}, {@code **}, {@code {a,b}},
   * {@code [a-z]}), as {@link java.nio.file.FileSystem#getPathMatcher} defines them. A pattern not
   * starting with {@code /} or {@code **} is taken relative to the root. In path order.
   */
  List<FileEntry> glob(String pattern);

  /**
   * Regular files accepted by {@code candidates}, no larger than {@code maxFileBytes}, whose
   * content (read as ISO-8859-1, so any byte matches itself) contains a match of {@code content}.
   * Reads in one batch ({@link #readEach}); in path order.
   */
  List<FileEntry> containing(Predicate<FileEntry> candidates, Pattern content, long maxFileBytes)
      throws IOException;

  /**
   * The content of a regular file or hard link of this view, bounded to its size. Nothing is read
   * until the stream is. Directories, symlinks, devices and FIFOs cannot be opened.
   */
  InputStream open(FileEntry e) throws IOException;

  /**
   * The whole content of {@code e}; fails naming the file if it is larger than {@code maxBytes}.
   */
  byte[] read(FileEntry e, int maxBytes) throws IOException;

  /**
   * Reads many files in as few passes as possible: one streaming pass per layer, files in the order
   * of their data in the layer (not the order given).
   */
  void readEach(Collection<FileEntry> files, ContentVisitor visitor) throws IOException;

  /** Number of entries in the view. */
  int size();
}
