package dev.lashing.sbom;

import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.Layer;
import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An image that reports the uncompressed bytes read from its layers and each layer read to its end
 * to a {@link ScanProgress}, while {@link #reporting} is on (the indexing step).
 */
final class ProgressImage implements Image {
  private final Image image;
  private final ScanProgress progress;
  private volatile boolean reporting;

  ProgressImage(Image image, ScanProgress progress) {
    this.image = image;
    this.progress = progress;
  }

  void reporting(boolean on) {
    reporting = on;
  }

  @Override
  public InputStream openLayer(Layer layer) throws IOException {
    return new FilterInputStream(image.openLayer(layer)) {
      private boolean ended;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        count(n);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
      }

      private void count(long n) {
        if (!reporting) {
          return;
        }
        if (n > 0) {
          progress.advance(0, n);
        } else if (n < 0 && !ended) {
          ended = true;
          progress.advance(1, 0);
        }
      }
    };
  }

  @Override
  public Kind kind() {
    return image.kind();
  }

  @Override
  public String name() {
    return image.name();
  }

  @Override
  public @Nullable ImageRef ref() {
    return image.ref();
  }

  @Override
  public List<String> tags() {
    return image.tags();
  }

  @Override
  public @Nullable Digest manifestDigest() {
    return image.manifestDigest();
  }

  @Override
  public @Nullable Digest configDigest() {
    return image.configDigest();
  }

  @Override
  public Platform platform() {
    return image.platform();
  }

  @Override
  public ImageConfig config() {
    return image.config();
  }

  @Override
  public List<Layer> layers() {
    return image.layers();
  }

  @Override
  public @Nullable Path rootDirectory() {
    return image.rootDirectory();
  }

  @Override
  public void close() throws IOException {
    image.close();
  }
}
