package dev.lashing.image.fs;

import dev.lashing.image.Compression;
import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.Layer;
import dev.lashing.image.oci.LayerStreams;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/** An image held in memory: layer tars, optionally gzipped, read through the real LayerStreams. */
final class MemoryImage implements Image {
  private final List<Layer> layers = new ArrayList<>();
  private final List<byte[]> blobs = new ArrayList<>();
  final AtomicInteger opened = new AtomicInteger();

  static MemoryImage of(boolean gzip, byte[]... tars) {
    MemoryImage img = new MemoryImage();
    for (byte[] tar : tars) {
      img.add(tar, gzip ? gzip(tar) : tar);
    }
    return img;
  }

  /** Adds a layer whose blob is {@code blob} and whose uncompressed tar is {@code tar}. */
  MemoryImage add(byte[] tar, byte[] blob) {
    return add(tar, blob, blob);
  }

  /** Adds a layer described by {@code tar} and {@code blob} but stored as {@code stored}. */
  MemoryImage add(byte[] tar, byte[] blob, byte[] stored) {
    Compression c = Compression.sniff(blob, blob.length);
    layers.add(
        new Layer(
            layers.size(),
            OciDocuments.sha256(blob),
            OciDocuments.sha256(tar),
            c == Compression.GZIP ? MediaTypes.OCI_LAYER_GZIP : MediaTypes.OCI_LAYER,
            c,
            blob.length,
            null));
    blobs.add(stored);
    return this;
  }

  static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Kind kind() {
    return Kind.OCI_LAYOUT;
  }

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public @Nullable ImageRef ref() {
    return null;
  }

  @Override
  public List<String> tags() {
    return List.of();
  }

  @Override
  public @Nullable Digest manifestDigest() {
    return null;
  }

  @Override
  public @Nullable Digest configDigest() {
    return null;
  }

  @Override
  public Platform platform() {
    return Platform.host();
  }

  @Override
  public ImageConfig config() {
    return ImageConfig.EMPTY;
  }

  @Override
  public List<Layer> layers() {
    return layers;
  }

  @Override
  public InputStream openLayer(Layer layer) throws IOException {
    opened.incrementAndGet();
    return LayerStreams.uncompressed(
        new ByteArrayInputStream(blobs.get(layer.index())), layer, true);
  }

  @Override
  public void close() {}
}
