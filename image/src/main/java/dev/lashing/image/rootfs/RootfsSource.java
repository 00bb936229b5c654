package dev.lashing.image.rootfs;

import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageException;
import dev.lashing.image.Layer;
import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A root filesystem directory (an unpacked image, a chroot, a mounted volume) as an {@link Image}
 * of {@link Image.Kind#DIRECTORY}: no layers, no configuration, the host's platform. Its files are
 * indexed by {@link dev.lashing.image.fs.FileViews}, which never follows a symlink out of it.
 */
public final class RootfsSource {
  private RootfsSource() {}

  /**
   * Opens {@code dir} (symlinks in the given path itself are resolved once, here).
   *
   * @throws ImageException if it does not exist or is not a directory
   */
  public static Image open(Path dir) throws ImageException {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      throw new ImageException(dir + ": no such directory");
    }
    if (!Files.isDirectory(real)) {
      throw new ImageException(dir + ": not a directory (a root filesystem must be one)");
    }
    return new DirectoryImage(dir.toString(), real);
  }

  private record DirectoryImage(String name, Path root) implements Image {
    @Override
    public Kind kind() {
      return Kind.DIRECTORY;
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
      return List.of();
    }

    @Override
    public InputStream openLayer(Layer layer) throws IOException {
      throw new IOException(name + ": a directory has no layers");
    }

    @Override
    public Path rootDirectory() {
      return root;
    }

    @Override
    public void close() {}
  }
}
