package dev.lashing.image.fs;

import java.io.IOException;
import java.io.InputStream;

/** Receives file contents in a batch read ({@link FileResolver#readEach}). */
@FunctionalInterface
public interface ContentVisitor {
  /**
   * Called once per file. {@code content} is bounded to the file's size and valid only during the
   * call; the visitor need not read it to the end nor close it.
   */
  void visit(FileEntry file, InputStream content) throws IOException;
}
