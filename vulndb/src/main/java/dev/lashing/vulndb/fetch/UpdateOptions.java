package dev.lashing.vulndb.fetch;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Updater} downloads.
 *
 * @param mirror replaces scheme, host and port of every feed URL (its path is prefixed to the
 *     feed's path): {@code http://127.0.0.1:8080/osv} turns {@code
 *     https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip} into {@code
 *     http://127.0.0.1:8080/osv/Maven/all.zip}; null for the real URLs
 * @param retries further attempts after a failed one
 * @param backoff the wait before the first retry, doubled for each further one
 * @param timeout connect timeout, and the longest a transfer may make no progress
 * @param maxBytes the largest body accepted, compressed or not
 */
public record UpdateOptions(
    @Nullable URI mirror, int retries, Duration backoff, Duration timeout, long maxBytes) {

  /** Real URLs, 3 retries from 2 s, 60 s stall timeout, 8 GiB cap. */
  public static UpdateOptions defaults() {
    return new UpdateOptions(null, 3, Duration.ofSeconds(2), Duration.ofSeconds(60), 8L << 30);
  }

  public UpdateOptions withMirror(@Nullable URI m) {
    return new UpdateOptions(m, retries, backoff, timeout, maxBytes);
  }

  public UpdateOptions withRetries(int r, Duration b) {
    return new UpdateOptions(mirror, r, b, timeout, maxBytes);
  }

  public UpdateOptions withTimeout(Duration t) {
    return new UpdateOptions(mirror, retries, backoff, t, maxBytes);
  }

  /** The URL to fetch for a feed's real URL. */
  public URI resolve(URI real) {
    if (mirror == null) {
      return real;
    }
    String base = mirror.toString().replaceAll("/+$", "");
    String path = real.getRawPath() == null ? "" : real.getRawPath();
    String query = real.getRawQuery() == null ? "" : "?" + real.getRawQuery();
    return URI.create(base + path + query);
  }
}
