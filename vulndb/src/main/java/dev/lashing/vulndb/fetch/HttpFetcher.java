package dev.lashing.vulndb.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One conditional GET to a temporary file: {@code If-None-Match} / {@code If-Modified-Since} from
 * the last fetch, {@code Accept-Encoding: gzip}, gzip bodies (HTTP-level or {@code .gz} files)
 * decompressed, sizes capped, a transfer that makes no progress for {@code timeout} aborted, and
 * failures (connection errors, truncated bodies, 429 and 5xx) retried with exponential backoff.
 */
final class HttpFetcher {

  /** The outcome: not modified, or the body in a temporary file (the caller deletes it). */
  record Response(
      boolean notModified,
      @Nullable Path body,
      @Nullable String etag,
      @Nullable String lastModified) {}

  private final HttpClient client;
  private final int retries;
  private final Duration backoff;
  private final Duration timeout;
  private final long maxBytes;
  private final Path tmpDir;
  private final Consumer<String> log;

  HttpFetcher(
      int retries,
      Duration backoff,
      Duration timeout,
      long maxBytes,
      Path tmpDir,
      Consumer<String> log) {
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(timeout)
            .build();
    this.retries = retries;
    this.backoff = backoff;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.tmpDir = tmpDir;
    this.log = log;
  }

  Response get(URI url, @Nullable String etag, @Nullable String lastModified) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        long wait = backoff.toMillis() << Math.min(attempt - 1, 6);
        log.accept(url + ": " + last.getMessage() + "; retrying in " + wait + " ms");
        sleep(wait);
      }
      try {
        return once(url, etag, lastModified);
      } catch (Retryable e) {
        last = e;
      }
    }
    throw new IOException(
        url + ": " + last.getMessage() + " (after " + (retries + 1) + " attempts)", last);
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private Response once(URI url, @Nullable String etag, @Nullable String lastModified)
      throws IOException {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Accept-Encoding", "gzip")
            .header("User-Agent", "lashing-db-update")
            .GET();
    if (etag != null) {
      req.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      req.header("If-Modified-Since", lastModified);
    }
    Path raw = Files.createTempFile(tmpDir, ".lashing-fetch-", ".tmp");
    boolean keep = false;
    try {
      CompletableFuture<HttpResponse<Path>> future =
          client.sendAsync(req.build(), HttpResponse.BodyHandlers.ofFile(raw));
      HttpResponse<Path> resp = await(future, raw, url);
      int status = resp.statusCode();
      String newEtag = resp.headers().firstValue("ETag").orElse(null);
      String newLm = resp.headers().firstValue("Last-Modified").orElse(null);
      if (status == 304) {
        return new Response(true, null, etag, lastModified);
      }
      if (status == 429 || status >= 500) {
        throw new Retryable("HTTP " + status);
      }
      if (status != 200) {
        throw new IOException(url + ": HTTP " + status + " (expected 200)");
      }
      Path body = decoded(raw, url, resp.headers().firstValue("Content-Encoding").orElse(""));
      keep = body == raw;
      return new Response(false, body, newEtag, newLm);
    } finally {
      if (!keep) {
        Files.deleteIfExists(raw);
      }
    }
  }

  /** Waits for the transfer, aborting it when the file stops growing for {@code timeout}. */
  private HttpResponse<Path> await(CompletableFuture<HttpResponse<Path>> future, Path file, URI url)
      throws IOException {
    long size = -1;
    long lastProgress = System.nanoTime();
    while (true) {
      try {
        return future.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long now = Files.size(file);
        if (now > maxBytes) {
          future.cancel(true);
          throw new IOException(url + ": larger than " + maxBytes + " bytes, aborted");
        }
        if (now != size) {
          size = now;
          lastProgress = System.nanoTime();
        } else if (System.nanoTime() - lastProgress > timeout.toNanos()) {
          future.cancel(true);
          throw new Retryable("no data for " + timeout.toSeconds() + " s");
        }
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        throw new Retryable(
            c == null
                ? "transfer failed"
                : "transfer failed: "
                    + c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : " " + c.getMessage()));
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new InterruptedIOException(url + ": interrupted");
      }
    }
  }

  /** The body without gzip: HTTP Content-Encoding gzip, or gzip content of a {@code .gz} URL. */
  private Path decoded(Path raw, URI url, String encoding) throws IOException {
    boolean gz =
        encoding.toLowerCase(Locale.ROOT).contains("gzip")
            || (String.valueOf(url.getPath()).endsWith(".gz") && isGzip(raw));
    if (!gz) {
      return raw;
    }
    Path out = Files.createTempFile(tmpDir, ".lashing-fetch-", ".tmp");
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(raw)));
        OutputStream o = Files.newOutputStream(out)) {
      byte[] buf = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new IOException(url + ": decompresses to more than " + maxBytes + " bytes");
        }
        o.write(buf, 0, n);
      }
    } catch (IOException e) {
      Files.deleteIfExists(out);
      if (e.getMessage() != null && e.getMessage().startsWith(url.toString())) {
        throw e;
      }
      throw new Retryable("corrupt gzip body: " + e.getMessage());
    }
    return out;
  }

  static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] h = in.readNBytes(2);
      return h.length == 2 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b;
    }
  }

  /** A failure worth another attempt. */
  static final class Retryable extends IOException {
    private static final long serialVersionUID = 1L;

    Retryable(String message) {
      super(message);
    }
  }
}
