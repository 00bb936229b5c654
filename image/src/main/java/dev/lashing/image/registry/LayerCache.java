package dev.lashing.image.registry;

import dev.lashing.image.ImageException;
import dev.lashing.image.oci.BlobSource;
import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.ManifestDocument.ImageManifest;
import dev.lashing.model.Digest;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The blobs of one registry image. Small blobs (the config) stream straight from the registry.
 * Layer blobs are downloaded once each into a private temp directory, verified (digest and size)
 * while streaming, and then served from disk.
 *
 * <p>Downloads start lazily, on the first layer opened, and then fetch every layer in the
 * background, a few at a time: callers that only want the config and manifest (inspect, policy on
 * labels) download nothing, while a scan that reads the layers in order finds the next ones already
 * on disk. The temp directory is deleted on {@link #close()}.
 */
final class LayerCache implements BlobSource, Closeable {
  private final RegistryClient client;
  private final String repository;
  private final @Nullable Path tempRoot;
  private final Map<Digest, Descriptor> layers = new LinkedHashMap<>();
  private final Map<Digest, Future<Path>> downloads = new LinkedHashMap<>();
  private final ExecutorService pool;
  private final int retries;
  private @Nullable Path dir;
  private volatile boolean closed;

  LayerCache(
      RegistryClient client,
      String repository,
      ImageManifest manifest,
      @Nullable Path tempRoot,
      int parallel,
      long maxTotalBytes)
      throws ImageException {
    this.client = client;
    this.repository = repository;
    this.tempRoot = tempRoot;
    this.retries = client.attempts() - 1;
    long total = 0;
    for (Descriptor d : manifest.layers()) {
      layers.putIfAbsent(d.digest(), d);
      total += d.size();
    }
    if (total > maxTotalBytes) {
      throw new ImageException(
          "manifest "
              + manifest.digest()
              + " declares "
              + total
              + " bytes of layers, over the "
              + maxTotalBytes
              + "-byte limit");
    }
    this.pool =
        Executors.newFixedThreadPool(
            parallel, Thread.ofPlatform().daemon().name("lashing-registry-download-", 0).factory());
  }

  @Override
  public InputStream open(Descriptor d) throws IOException {
    if (!layers.containsKey(d.digest())) {
      return stream(d, "config " + d.digest());
    }
    Future<Path> f = start(d.digest());
    try {
      return Files.newInputStream(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while downloading layer " + d.digest());
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof FileNotFoundException) {
        throw new FileNotFoundException(c.getMessage());
      }
      throw new IOException(c.getMessage(), c);
    }
  }

  private synchronized Future<Path> start(Digest wanted) throws IOException {
    if (closed) {
      throw new IOException("image is closed");
    }
    if (downloads.isEmpty()) {
      dir =
          tempRoot == null
              ? Files.createTempDirectory("lashing-registry-")
              : Files.createTempDirectory(Files.createDirectories(tempRoot), "lashing-registry-");
      for (Descriptor d : layers.values()) {
        Path target = dir.resolve(d.digest().algorithm() + "-" + d.digest().hex());
        downloads.put(d.digest(), pool.submit(() -> download(d, target)));
      }
    }
    return downloads.get(wanted);
  }

  /** Opens the raw blob from the registry; 404 is a {@link FileNotFoundException}. */
  private InputStream stream(Descriptor d, String what) throws IOException {
    HttpResponse<InputStream> r;
    try {
      r = client.get("/v2/" + repository + "/blobs/" + d.digest(), Map.of(), what);
    } catch (ImageException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (r.statusCode() == 404) {
      Sender.discard(r);
      throw new FileNotFoundException(
          what + ": blob unknown to " + client.base().getAuthority() + "/" + repository);
    }
    return r.body();
  }

  private Path download(Descriptor d, Path target) throws IOException {
    String what = "layer " + d.digest();
    Path part = target.resolveSibling(target.getFileName() + ".part");
    for (int attempt = 0; ; attempt++) {
      try (InputStream raw = stream(d, what)) {
        Downloads.copyVerified(raw, d, part, what, () -> closed);
        Files.move(part, target);
        return target;
      } catch (Downloads.NetworkReadException e) {
        if (attempt >= retries || closed) {
          throw new IOException(
              what
                  + ": download from "
                  + client.base().getAuthority()
                  + " broke off ("
                  + e.getMessage()
                  + ")",
              e);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      closed = true;
    }
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Path d;
    synchronized (this) {
      d = dir;
    }
    if (d != null) {
      Downloads.deleteTree(d);
    }
  }
}
