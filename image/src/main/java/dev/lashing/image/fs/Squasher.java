package dev.lashing.image.fs;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies layers bottom first as an overlay file system would: opaque directories and whiteouts of
 * a layer hide lower-layer entries, then the layer's entries replace what is at their paths. A
 * non-directory replacing a directory takes its subtree with it. Implied parent directories (not
 * listed in the layer's tar) keep a lower layer's directory and its metadata.
 */
final class Squasher {
  private Squasher() {}

  static TreeMap<String, Node> squash(List<LayerIndex> layers) {
    TreeMap<String, Node> fs = new TreeMap<>(FsPaths.ORDER);
    for (LayerIndex layer : layers) {
      for (String dir : layer.opaqueDirs()) {
        removeUnder(fs, dir);
      }
      for (String gone : layer.whiteouts()) {
        fs.remove(gone);
        removeUnder(fs, gone);
      }
      for (Node n : layer.nodes().values()) {
        Node existing = fs.get(n.path());
        if (existing != null && existing.entry().isDirectory()) {
          if (n.implied()) {
            continue;
          }
          if (!n.entry().isDirectory()) {
            removeUnder(fs, n.path());
          }
        }
        fs.put(n.path(), n);
      }
    }
    return fs;
  }

  /** Removes every path strictly inside {@code dir}. */
  static void removeUnder(TreeMap<String, Node> fs, String dir) {
    String prefix = FsPaths.subtreePrefix(dir);
    Iterator<Map.Entry<String, Node>> it = fs.tailMap(prefix, true).entrySet().iterator();
    while (it.hasNext()) {
      String p = it.next().getKey();
      if (!p.startsWith(prefix)) {
        break;
      }
      if (!p.equals(dir)) {
        it.remove();
      }
    }
  }
}
