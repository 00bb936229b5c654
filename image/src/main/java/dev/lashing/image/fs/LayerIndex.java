package dev.lashing.image.fs;

import java.util.List;
import java.util.Map;

/**
 * One layer, indexed.
 *
 * @param nodes the layer's entries by path (a path listed twice keeps its last entry), implied
 *     parent directories included, in path order
 * @param whiteouts paths the layer deletes from lower layers ({@code .wh.NAME})
 * @param opaqueDirs directories whose lower-layer contents the layer hides ({@code .wh..wh..opq})
 * @param stats entry count and uncompressed size
 */
record LayerIndex(
    Map<String, Node> nodes, List<String> whiteouts, List<String> opaqueDirs, LayerStats stats) {}
