package dev.lashing.image.fs;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.Layer;
import dev.lashing.image.Limits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Indexes an image's file system without extracting it.
 *
 * <p>Each layer's tar stream is read once, to the end (so the layer's blob digest and diff id are
 * verified), in parallel on a pool of one thread per core ({@link Image#openLayer} is called
 * concurrently for distinct layers). For every entry the index keeps its metadata and, for regular
 * files, the offset of its data in the uncompressed tar stream; entry data is skipped, never
 * buffered. The layers are then squashed in order (whiteouts, opaque directories, replacement).
 *
 * <p>Content is read on demand: {@link FileResolver#open} re-opens the layer and skips to the
 * recorded offset. For an uncompressed layer that is a cheap read-through; for a gzip or zstd layer
 * it means decompressing the layer up to the file, so reading many files one by one costs one
 * partial decompression each. {@link FileResolver#readEach} avoids that by reading each layer once
 * with the files sorted by offset; catalogers should collect their files and use it. The trade-off
 * keeps memory flat (nothing but metadata is held) and disk untouched, at the price of a second
 * decompression pass for the layers whose files are read.
 *
 * <p>A {@link Image.Kind#DIRECTORY} image is walked without following symlinks; its files are read
 * directly (regular files only, never through a symlink).
 */
public final class FileViews {
  private FileViews() {}

  /**
   * Indexes every layer of {@code image} (or walks its root directory).
   *
   * @throws ImageException naming the layer and the entry when a layer is unreadable, corrupt,
   *     holds a hostile entry or exceeds {@code limits}
   */
  public static ImageFiles index(Image image, Limits limits) throws ImageException {
    Path root = image.rootDirectory();
    if (image.kind() == Image.Kind.DIRECTORY && root != null) {
      return IndexedImage.ofDirectory(
          DirectoryIndexer.index(root, limits), new DirectoryContent(root));
    }
    List<Layer> layers = image.layers();
    LayerIndex[] done = new LayerIndex[layers.size()];
    if (!layers.isEmpty()) {
      indexLayers(image, layers, new Budget(limits), done);
    }
    return IndexedImage.ofLayers(Arrays.asList(done), new LayerContent(image));
  }

  private static void indexLayers(Image image, List<Layer> layers, Budget budget, LayerIndex[] out)
      throws ImageException {
    int threads = Math.max(1, Math.min(layers.size(), Runtime.getRuntime().availableProcessors()));
    List<Layer> bySize = new ArrayList<>(layers);
    bySize.sort(Comparator.comparingLong(Layer::size).reversed());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().daemon().name("lashing-index-", 0).factory());
    try {
      List<Future<LayerIndex>> futures = new ArrayList<>();
      for (Layer layer : bySize) {
        futures.add(pool.submit(() -> indexOne(image, layer, budget)));
      }
      // Report the lowest failing layer, so the message does not depend on thread timing.
      ImageException[] failures = new ImageException[out.length];
      for (int i = 0; i < futures.size(); i++) {
        try {
          LayerIndex li = futures.get(i).get();
          out[li.stats().index()] = li;
        } catch (ExecutionException e) {
          ImageException failure = asImageException(bySize.get(i), e.getCause());
          if (!(failure.getCause() instanceof Budget.Cancelled)) {
            failures[bySize.get(i).index()] = failure;
          }
        }
      }
      for (ImageException f : failures) {
        if (f != null) {
          throw f;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      budget.cancel();
      throw new ImageException(image.name() + ": indexing interrupted");
    } finally {
      pool.shutdownNow();
    }
  }

  private static LayerIndex indexOne(Image image, Layer layer, Budget budget)
      throws ImageException {
    try {
      return LayerIndexer.index(layer, image.openLayer(layer), budget);
    } catch (IOException e) {
      budget.cancel();
      throw asImageException(layer, e);
    } catch (ImageException | RuntimeException e) {
      budget.cancel();
      throw e;
    }
  }

  private static ImageException asImageException(Layer layer, @Nullable Throwable t) {
    if (t instanceof ImageException ie) {
      return ie;
    }
    String m = t == null || t.getMessage() == null ? String.valueOf(t) : t.getMessage();
    String prefix = "layer " + layer.digest();
    return new ImageException(m.startsWith(prefix) ? m : prefix + ": " + m, t);
  }
}
