package dev.lashing.image;

import dev.lashing.model.Platform;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to open an image.
 *
 * @param platform which platform to take from a multi-platform index; null means the host's
 * @param insecure allow plain HTTP and unverified TLS to registries
 * @param username registry user name (with {@code password}); null to use ~/.docker/config.json
 * @param password registry password or token
 * @param dockerConfig path of the Docker client config holding credentials; null for the default
 *     ({@code $DOCKER_CONFIG/config.json} or {@code ~/.docker/config.json})
 * @param tempDir where to spool blobs that cannot be read in place (registry downloads, gzipped
 *     archives); null for the system temp directory
 * @param timeout per-request network timeout
 * @param retries how many times a failed registry request is retried (with backoff)
 * @param limits caps against hostile input
 */
public record ImageOptions(
    @Nullable Platform platform,
    boolean insecure,
    @Nullable String username,
    @Nullable String password,
    @Nullable Path dockerConfig,
    @Nullable Path tempDir,
    Duration timeout,
    int retries,
    Limits limits) {

  public static ImageOptions defaults() {
    return new ImageOptions(
        null, false, null, null, null, null, Duration.ofSeconds(60), 3, Limits.DEFAULTS);
  }

  /** The requested platform, or the host's. */
  public Platform platformOrHost() {
    return platform != null ? platform : Platform.host();
  }

  public ImageOptions withPlatform(@Nullable Platform p) {
    return new ImageOptions(
        p, insecure, username, password, dockerConfig, tempDir, timeout, retries, limits);
  }

  public ImageOptions withLimits(Limits l) {
    return new ImageOptions(
        platform, insecure, username, password, dockerConfig, tempDir, timeout, retries, l);
  }
}
