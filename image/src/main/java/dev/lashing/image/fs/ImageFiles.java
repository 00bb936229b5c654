package dev.lashing.image.fs;

import java.util.List;

/** The indexed file system of an image: the squashed view, per-layer views, layer statistics. */
public interface ImageFiles {

  /** The file system a container would see: layers applied bottom first, whiteouts honoured. */
  FileResolver squashed();

  /**
   * Every entry of every layer, including files later layers override or delete (whiteout markers
   * themselves excluded). Lookups by path return the highest layer's entry.
   */
  FileResolver allLayers();

  /** The entries of one layer alone (whiteout markers excluded). */
  FileResolver layer(int index);

  /** Per-layer statistics, bottom first; empty for a directory. */
  List<LayerStats> layerStats();
}
