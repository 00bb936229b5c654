package dev.lashing.image.registry;

import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.model.ImageRef;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One registry repository over the distribution API: settles the scheme (HTTPS, or with {@code
 * --insecure} unverified HTTPS then plain HTTP), answers 401 challenges once per request, and turns
 * failures into one-line {@link ImageException}s.
 */
final class RegistryClient implements AutoCloseable {
  private final ImageRef ref;
  private final String authority;
  private final String scope;
  private final ImageOptions options;
  private final SourceSettings settings;
  private final Sender sender;
  private final Authenticator auth;
  private volatile URI base;

  RegistryClient(
      ImageRef ref,
      ImageOptions options,
      SourceSettings settings,
      Sender sender,
      Authenticator auth) {
    this.ref = ref;
    this.authority = authority(ref.registry());
    this.scope = "repository:" + ref.repository() + ":pull";
    this.options = options;
    this.settings = settings;
    this.sender = sender;
    this.auth = auth;
    this.base = URI.create("https://" + authority);
  }

  /** Where the distribution API of a registry lives: Docker Hub's name is not its API host. */
  static String authority(String registry) {
    return ImageRef.DOCKER_HUB.equals(registry) ? "registry-1.docker.io" : registry;
  }

  int attempts() {
    return sender.backoff().retries() + 1;
  }

  /**
   * Pings {@code /v2/} to settle the scheme. With {@code --insecure}, an HTTPS failure (TLS error,
   * refused, or no handshake within the probe timeout) falls back to plain HTTP — for every host,
   * loopback included, as {@code skopeo --tls-verify=false} does; without it, only HTTPS is used.
   */
  void ping() throws ImageException {
    URI https = URI.create("https://" + authority + "/v2/");
    HttpResponse<InputStream> r;
    if (!options.insecure()) {
      r =
          send(
              Sender.Req.get(https, Map.of(), null),
              options.timeout(),
              sender.backoff().retries(),
              ref.toString());
    } else {
      Duration probe = min(options.timeout(), settings.tlsProbeTimeout());
      try {
        r = sender.send(Sender.Req.get(https, Map.of(), null), probe, 0);
        if (r.statusCode() == 429 || r.statusCode() >= 500) {
          Sender.discard(r);
          r =
              send(
                  Sender.Req.get(https, Map.of(), null),
                  options.timeout(),
                  sender.backoff().retries(),
                  ref.toString());
        }
      } catch (IOException e) {
        URI http = URI.create("http://" + authority + "/v2/");
        try {
          r =
              sender.send(
                  Sender.Req.get(http, Map.of(), null),
                  options.timeout(),
                  sender.backoff().retries());
        } catch (IOException e2) {
          throw new ImageException(
              ref
                  + ": "
                  + Problems.io(e, https, probe)
                  + "; plain HTTP failed too ("
                  + Problems.io(e2, http, options.timeout())
                  + ")",
              e2);
        }
        base = URI.create("http://" + authority);
      }
    }
    int s = r.statusCode();
    if (s == 429 || s >= 500) {
      throw new ImageException(ref + ": " + Problems.status(r, ref.repository(), attempts()));
    }
    Sender.discard(r);
  }

  /** {@code https://host:port} or {@code http://host:port}, once pinged. */
  URI base() {
    return base;
  }

  /**
   * GETs {@code path} (below the base) with authorization. Returns a 2xx or 404 response; any other
   * outcome is an {@link ImageException} whose message starts with {@code where}.
   */
  HttpResponse<InputStream> get(String path, Map<String, String> headers, String where)
      throws ImageException {
    URI uri = base.resolve(path);
    String authorization = auth.current(scope);
    boolean challenged = false;
    while (true) {
      HttpResponse<InputStream> r =
          send(
              Sender.Req.get(uri, headers, authorization),
              options.timeout(),
              sender.backoff().retries(),
              where);
      int s = r.statusCode();
      if (s == 401 && !challenged) {
        var challenges = Challenge.parse(r.headers().allValues("WWW-Authenticate"));
        Sender.discard(r);
        authorization = auth.authorize(challenges, scope, where);
        challenged = true;
        continue;
      }
      if (s / 100 == 2 || s == 404) {
        return r;
      }
      throw new ImageException(where + ": " + Problems.status(r, ref.repository(), attempts()));
    }
  }

  private HttpResponse<InputStream> send(
      Sender.Req req, Duration timeout, int retries, String where) throws ImageException {
    try {
      return sender.send(req, timeout, retries);
    } catch (IOException e) {
      throw new ImageException(where + ": " + Problems.io(e, req.uri(), timeout), e);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public void close() {
    sender.close();
  }
}
