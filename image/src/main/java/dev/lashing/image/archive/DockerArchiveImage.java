package dev.lashing.image.archive;

import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.Layer;
import dev.lashing.image.oci.LayerStreams;
import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An image read from a docker-archive tar; layers stream from the tar in place. */
record DockerArchiveImage(
    FileTree tree,
    List<String> tags,
    @Nullable Digest manifestDigest,
    Digest configDigest,
    Platform platform,
    ImageConfig config,
    List<Layer> layers,
    List<String> layerPaths)
    implements Image {

  DockerArchiveImage {
    tags = List.copyOf(tags);
    layers = List.copyOf(layers);
    layerPaths = List.copyOf(layerPaths);
  }

  @Override
  public Kind kind() {
    return Kind.DOCKER_ARCHIVE;
  }

  @Override
  public String name() {
    return tree.name();
  }

  @Override
  public @Nullable ImageRef ref() {
    return null;
  }

  @Override
  public InputStream openLayer(Layer layer) throws IOException {
    int i = layer.index();
    if (i < 0 || i >= layers.size() || !layers.get(i).equals(layer)) {
      throw new IOException("layer " + layer.digest() + ": not a layer of " + name());
    }
    InputStream raw;
    try {
      raw = tree.open(layerPaths.get(i));
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException("layer " + layer.digest() + ": missing from " + name());
    }
    return LayerStreams.uncompressed(raw, layer, true);
  }

  @Override
  public void close() throws IOException {
    tree.close();
  }
}
