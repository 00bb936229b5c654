package dev.lashing.image.archive;

import dev.lashing.image.Compression;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageException;
import dev.lashing.image.Layer;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.model.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@link Layer} list of a docker-archive image. A layer stored as {@code
 * blobs/sha256/<hex>} has that digest (verified as the layer streams); an uncompressed legacy
 * {@code <id>/layer.tar} has its diff id as blob digest (verified as it streams); a compressed one
 * is hashed once here, so every {@link Layer#digest()} is the true blob digest.
 */
final class DockerLayers {
  static final Pattern BLOB = Pattern.compile("(?:.*/)?blobs/sha256/([0-9a-f]{64})");

  private DockerLayers() {}

  static List<Layer> build(FileTree tree, DockerManifest m, ImageConfig config)
      throws ImageException {
    String name = tree.name();
    if (config.diffIds().size() != m.layers().size()) {
      throw new ImageException(
          name
              + ": manifest.json lists "
              + m.layers().size()
              + " layers but config "
              + m.config()
              + " has "
              + config.diffIds().size()
              + " diff ids");
    }
    List<String> createdBy = new ArrayList<>();
    for (ImageConfig.History h : config.history()) {
      if (!h.emptyLayer()) {
        createdBy.add(h.createdBy());
      }
    }
    List<Layer> layers = new ArrayList<>(m.layers().size());
    for (int i = 0; i < m.layers().size(); i++) {
      String path = m.layers().get(i);
      String where = name + ": layer '" + path + "'";
      try {
        String resolved = tree.resolvedPath(path);
        long size = tree.size(path);
        Compression c;
        try (InputStream in = tree.open(path)) {
          byte[] head = in.readNBytes(4);
          c = Compression.sniff(head, head.length);
        }
        Matcher blob = BLOB.matcher(resolved);
        // The blob of an uncompressed layer is its diff id (checked as the layer streams); only a
        // compressed legacy layer needs hashing here to know its blob digest.
        Digest digest =
            blob.matches()
                ? new Digest("sha256", blob.group(1))
                : c == Compression.NONE ? config.diffIds().get(i) : hash(tree, path);
        layers.add(
            new Layer(
                i,
                digest,
                config.diffIds().get(i),
                mediaType(c),
                c,
                size,
                createdBy.size() == m.layers().size() ? createdBy.get(i) : null));
      } catch (NoSuchFileException e) {
        throw new ImageException(
            name + ": manifest.json names layer '" + path + "' which is not in the archive");
      } catch (IOException e) {
        throw new ImageException(where + ": " + FileTree.message(e), e);
      }
    }
    return layers;
  }

  private static String mediaType(Compression c) {
    return switch (c) {
      case GZIP -> MediaTypes.OCI_LAYER_GZIP;
      case ZSTD -> MediaTypes.OCI_LAYER_ZSTD;
      case NONE -> MediaTypes.OCI_LAYER;
    };
  }

  private static Digest hash(FileTree tree, String path) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = tree.open(path)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return Digest.sha256(md.digest());
  }
}
