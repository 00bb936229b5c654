package dev.lashing.image.fs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** {@link ImageFiles} over indexed layers (or one directory, as a view without layers). */
final class IndexedImage implements ImageFiles {
  private final List<LayerIndex> layers;
  private final Content content;
  private final View squashed;
  private final @Nullable Map<String, Node> directoryNodes;
  private final View[] layerViews;
  private @Nullable View all;

  private IndexedImage(
      List<LayerIndex> layers,
      Content content,
      Map<String, Node> squashedNodes,
      @Nullable Map<String, Node> directoryNodes) {
    this.layers = List.copyOf(layers);
    this.content = content;
    this.directoryNodes = directoryNodes;
    this.layerViews = new View[layers.size()];
    this.squashed = view(squashedNodes);
  }

  /** The image's layers, squashed. */
  static IndexedImage ofLayers(List<LayerIndex> layers, Content content) {
    return new IndexedImage(layers, content, Squasher.squash(layers), null);
  }

  /** A directory: one view serves as squashed and all-layers view. */
  static IndexedImage ofDirectory(TreeMap<String, Node> nodes, Content content) {
    return new IndexedImage(List.of(), content, nodes, nodes);
  }

  private View view(Map<String, Node> nodes) {
    List<FileEntry> sorted = new ArrayList<>(nodes.size());
    for (Node n : nodes.values()) {
      sorted.add(n.entry());
    }
    return new View(sorted, nodes, this::find, content);
  }

  private @Nullable Node find(FileEntry e) {
    if (directoryNodes != null) {
      return directoryNodes.get(e.path());
    }
    int i = e.layerIndex();
    return i < 0 || i >= layers.size() ? null : layers.get(i).nodes().get(e.path());
  }

  @Override
  public FileResolver squashed() {
    return squashed;
  }

  @Override
  public synchronized FileResolver allLayers() {
    if (directoryNodes != null) {
      return squashed;
    }
    if (all == null) {
      List<FileEntry> every = new ArrayList<>();
      Map<String, Node> top = new HashMap<>();
      for (LayerIndex l : layers) {
        for (Node n : l.nodes().values()) {
          every.add(n.entry());
          top.put(n.path(), n);
        }
      }
      every.sort(View.order());
      all = new View(every, top, this::find, content);
    }
    return all;
  }

  @Override
  public synchronized FileResolver layer(int index) {
    if (index < 0 || index >= layers.size()) {
      throw new IndexOutOfBoundsException(
          "layer index " + index + " out of range (the image has " + layers.size() + " layers)");
    }
    if (layerViews[index] == null) {
      layerViews[index] = view(layers.get(index).nodes());
    }
    return layerViews[index];
  }

  @Override
  public List<LayerStats> layerStats() {
    return layers.stream().map(LayerIndex::stats).toList();
  }
}
