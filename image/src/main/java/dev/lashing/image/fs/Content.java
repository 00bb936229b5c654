package dev.lashing.image.fs;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Where the bytes of indexed regular files come from: image layers or a directory. */
interface Content {

  /** The content of a readable node, lazily opened and bounded to its size. */
  InputStream open(Node node) throws IOException;

  /** Reads many readable nodes with as few passes over the source as possible. */
  void readEach(List<Node> nodes, ContentVisitor visitor) throws IOException;
}
