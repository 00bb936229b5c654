package dev.lashing.image.oci;

import dev.lashing.image.Image;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageException;
import dev.lashing.image.Layer;
import dev.lashing.image.Limits;
import dev.lashing.image.oci.ManifestDocument.ImageManifest;
import dev.lashing.model.Digest;
import dev.lashing.model.ImageRef;
import dev.lashing.model.Platform;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Image} described by an OCI / Docker schema-2 manifest whose blobs come from a {@link
 * BlobSource}. Shared by the registry and OCI-layout sources.
 */
public final class ManifestImage implements Image {
  private final Kind kind;
  private final String name;
  private final @Nullable ImageRef ref;
  private final List<String> tags;
  private final ImageManifest manifest;
  private final Digest configDigest;
  private final ImageConfig config;
  private final Platform platform;
  private final List<Layer> layers;
  private final BlobSource blobs;
  private final Closeable onClose;

  private ManifestImage(
      Kind kind,
      String name,
      @Nullable ImageRef ref,
      List<String> tags,
      ImageManifest manifest,
      ImageConfig config,
      Platform platform,
      List<Layer> layers,
      BlobSource blobs,
      Closeable onClose) {
    this.kind = kind;
    this.name = name;
    this.ref = ref;
    this.tags = List.copyOf(tags);
    this.manifest = manifest;
    this.configDigest = manifest.config().digest();
    this.config = config;
    this.platform = platform;
    this.layers = List.copyOf(layers);
    this.blobs = blobs;
    this.onClose = onClose;
  }

  /**
   * Reads and verifies the config blob, checks it against the manifest (one diff id per layer) and
   * builds the image.
   *
   * @param fallbackPlatform the platform to report when the config names none (index entry, host)
   */
  public static ManifestImage assemble(
      Kind kind,
      String name,
      @Nullable ImageRef ref,
      List<String> tags,
      ImageManifest manifest,
      BlobSource blobs,
      Limits limits,
      Platform fallbackPlatform,
      Closeable onClose)
      throws ImageException {
    Descriptor cd = manifest.config();
    if (cd.size() > limits.maxJsonBytes()) {
      throw new ImageException(
          name
              + ": config blob "
              + cd.digest()
              + " is "
              + cd.size()
              + " bytes, over the "
              + limits.maxJsonBytes()
              + "-byte limit");
    }
    byte[] bytes = readVerified(blobs, cd, "config " + cd.digest(), name);
    ImageConfig config = OciDocuments.parseConfig(bytes, name + " config " + cd.digest());
    List<Descriptor> ls = manifest.layers();
    if (config.diffIds().size() != ls.size()) {
      throw new ImageException(
          name
              + ": manifest lists "
              + ls.size()
              + " layers but config "
              + cd.digest()
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
    List<Layer> layers = new ArrayList<>(ls.size());
    for (int i = 0; i < ls.size(); i++) {
      Descriptor d = ls.get(i);
      layers.add(
          new Layer(
              i,
              d.digest(),
              config.diffIds().get(i),
              d.mediaType(),
              MediaTypes.layerCompression(d.mediaType()).orElseThrow(),
              d.size(),
              createdBy.size() == ls.size() ? createdBy.get(i) : null));
    }
    Platform platform = config.platform() != null ? config.platform() : fallbackPlatform;
    return new ManifestImage(
        kind, name, ref, tags, manifest, config, platform, layers, blobs, onClose);
  }

  /** Reads a small blob whole, verifying digest and size. */
  public static byte[] readVerified(BlobSource blobs, Descriptor d, String what, String where)
      throws ImageException {
    try (InputStream in = new VerifyingInputStream(blobs.open(d), d.digest(), d.size(), what)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, d.size() + 1));
      if (in.read() != -1) {
        throw new ImageException(where + ": " + what + ": larger than declared");
      }
      return bytes;
    } catch (FileNotFoundException | NoSuchFileException e) {
      throw new ImageException(where + ": " + what + ": blob missing");
    } catch (IOException e) {
      String m = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new ImageException(where + ": " + (m.startsWith(what) ? m : what + ": " + m), e);
    }
  }

  @Override
  public Kind kind() {
    return kind;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public @Nullable ImageRef ref() {
    return ref;
  }

  @Override
  public List<String> tags() {
    return tags;
  }

  @Override
  public Digest manifestDigest() {
    return manifest.digest();
  }

  @Override
  public Digest configDigest() {
    return configDigest;
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public ImageConfig config() {
    return config;
  }

  @Override
  public List<Layer> layers() {
    return layers;
  }

  /** The manifest this image was built from. */
  public ImageManifest manifest() {
    return manifest;
  }

  @Override
  public InputStream openLayer(Layer layer) throws IOException {
    Descriptor d = manifest.layers().get(layer.index());
    InputStream raw;
    try {
      raw = blobs.open(d);
    } catch (FileNotFoundException | NoSuchFileException e) {
      throw new FileNotFoundException("layer " + d.digest() + ": blob missing from " + name);
    }
    return LayerStreams.uncompressed(raw, layer, true);
  }

  @Override
  public void close() throws IOException {
    onClose.close();
  }
}
