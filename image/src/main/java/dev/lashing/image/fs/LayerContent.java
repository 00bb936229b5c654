package dev.lashing.image.fs;

import dev.lashing.image.Image;
import dev.lashing.image.Layer;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads file contents by re-opening the layer and skipping to the recorded offset. One file costs
 * decompressing its layer up to the file; {@link #readEach} therefore reads each layer once, files
 * sorted by offset (a second pass only for hard links sharing an offset already passed).
 */
final class LayerContent implements Content {
  private static final int BUFFER = 1 << 16;
  private final Image image;

  LayerContent(Image image) {
    this.image = image;
  }

  @Override
  public InputStream open(Node node) throws IOException {
    Layer layer = image.layers().get(node.entry().layerIndex());
    return BoundedStream.lazy(() -> positioned(layer, node), node.entry().size());
  }

  private InputStream positioned(Layer layer, Node node) throws IOException {
    InputStream in = new BufferedInputStream(image.openLayer(layer), BUFFER);
    try {
      if (Streams.skipFully(in, node.offset()) != node.offset()) {
        throw new EOFException(
            "layer "
                + layer.digest()
                + ": ends before "
                + node.path()
                + " (changed since indexed?)");
      }
      return in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  @Override
  public void readEach(List<Node> nodes, ContentVisitor visitor) throws IOException {
    Map<Integer, List<Node>> byLayer = new TreeMap<>();
    for (Node n : nodes) {
      byLayer.computeIfAbsent(n.entry().layerIndex(), k -> new ArrayList<>()).add(n);
    }
    for (Map.Entry<Integer, List<Node>> e : byLayer.entrySet()) {
      List<Node> todo = new ArrayList<>(e.getValue());
      todo.sort(Comparator.comparingLong(Node::offset));
      Layer layer = image.layers().get(e.getKey());
      while (!todo.isEmpty()) {
        todo = pass(layer, todo, visitor);
      }
    }
  }

  /** One pass over a layer; returns the nodes whose offset was already behind the stream. */
  private List<Node> pass(Layer layer, List<Node> sorted, ContentVisitor visitor)
      throws IOException {
    List<Node> later = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(image.openLayer(layer), BUFFER)) {
      long pos = 0;
      for (Node n : sorted) {
        if (n.offset() < pos) {
          later.add(n);
          continue;
        }
        long gap = n.offset() - pos;
        if (Streams.skipFully(in, gap) != gap) {
          throw new EOFException("layer " + layer.digest() + ": ends before " + n.path());
        }
        BoundedStream window = BoundedStream.window(in, n.entry().size());
        visitor.visit(n.entry(), window);
        window.finish();
        pos = n.offset() + n.entry().size();
      }
    }
    return later;
  }
}
