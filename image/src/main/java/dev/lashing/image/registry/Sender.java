package dev.lashing.image.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Sends one logical HTTP request: retries connect errors, timeouts, 429 and 5xx with {@link
 * Backoff}, and follows redirects itself so the {@code Authorization} header never leaves the
 * origin it was issued for (blob downloads are commonly redirected to object storage).
 */
final class Sender implements AutoCloseable {
  private static final int MAX_REDIRECTS = 5;

  /** A request: GET, or POST of a form body when {@code form} is set. */
  record Req(
      URI uri, Map<String, String> headers, @Nullable String authorization, @Nullable String form) {
    static Req get(URI uri, Map<String, String> headers, @Nullable String authorization) {
      return new Req(uri, headers, authorization, null);
    }
  }

  private final HttpClient client;
  private final Backoff backoff;
  private final boolean insecure;

  Sender(Duration connectTimeout, Backoff backoff, boolean insecure) {
    this.backoff = backoff;
    this.insecure = insecure;
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            // HTTP/1.1: one connection per parallel layer download (object stores throttle per
            // connection) and no h2c upgrade headers on plain-HTTP registries.
            .version(HttpClient.Version.HTTP_1_1);
    if (insecure) {
      b.sslContext(TrustAll.context());
    } else {
      try {
        b.sslContext(SSLContext.getDefault());
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("TLS is unavailable in this JVM", e);
      }
    }
    this.client = b.build();
  }

  Backoff backoff() {
    return backoff;
  }

  /**
   * Sends with up to {@code retries} retries. Returns the last response whatever its status (a 429
   * or 5xx only once retries are used up); throws the last I/O error otherwise.
   */
  HttpResponse<InputStream> send(Req req, Duration timeout, int retries) throws IOException {
    for (int attempt = 0; ; attempt++) {
      HttpResponse<InputStream> r;
      try {
        r = follow(req, timeout);
      } catch (IOException e) {
        if (attempt >= retries || !retryable(e)) {
          throw e;
        }
        pause(backoff.delay(attempt, null));
        continue;
      }
      int s = r.statusCode();
      if ((s == 429 || s >= 500) && attempt < retries) {
        String retryAfter = r.headers().firstValue("Retry-After").orElse(null);
        discard(r);
        pause(backoff.delay(attempt, retryAfter));
        continue;
      }
      return r;
    }
  }

  private HttpResponse<InputStream> follow(Req req, Duration timeout) throws IOException {
    URI uri = req.uri();
    String auth = req.authorization();
    for (int hop = 0; ; hop++) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
      req.headers().forEach(b::header);
      if (auth != null) {
        b.header("Authorization", auth);
      }
      if (req.form() != null && hop == 0) {
        b.header("Content-Type", "application/x-www-form-urlencoded");
        b.POST(HttpRequest.BodyPublishers.ofString(req.form()));
      } else {
        b.GET();
      }
      HttpResponse<InputStream> r;
      try {
        r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for " + uri);
      }
      Optional<String> location = r.headers().firstValue("Location");
      if (!isRedirect(r.statusCode()) || location.isEmpty() || req.form() != null) {
        return r;
      }
      discard(r);
      if (hop >= MAX_REDIRECTS) {
        throw new ProtocolException("more than " + MAX_REDIRECTS + " redirects from " + req.uri());
      }
      URI next = uri.resolve(location.get().trim());
      if (!"https".equals(next.getScheme()) && !"http".equals(next.getScheme())) {
        throw new ProtocolException("redirect to unsupported URL scheme from " + uri);
      }
      if ("https".equals(uri.getScheme()) && "http".equals(next.getScheme()) && !insecure) {
        throw new ProtocolException(
            "redirect from " + uri.getHost() + " to plain HTTP refused (pass --insecure to allow)");
      }
      if (!sameOrigin(next, req.uri())) {
        auth = null;
      }
      uri = next;
    }
  }

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(Objects.requireNonNullElse(b.getHost(), ""))
        && port(a) == port(b);
  }

  private static int port(URI u) {
    return u.getPort() >= 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
  }

  /** Whether an I/O failure may go away on retry (not TLS, DNS or protocol errors). */
  static boolean retryable(IOException e) {
    if (e instanceof InterruptedIOException && !(e instanceof java.net.http.HttpTimeoutException)) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException
          || t instanceof ProtocolException
          || t instanceof UnknownHostException
          || t instanceof UnresolvedAddressException) {
        return false;
      }
    }
    return true;
  }

  static void discard(HttpResponse<InputStream> r) {
    try {
      r.body().close();
    } catch (IOException e) {
      // the connection is dropped; nothing to salvage
    }
  }

  private static void pause(Duration d) throws InterruptedIOException {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
