package dev.lashing.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.ImageException;
import dev.lashing.image.oci.OciDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Answers registry challenges: Bearer (Docker token spec, anonymous or with Basic credentials, or
 * the OAuth2 refresh-token POST for identity tokens) and Basic. Tokens are cached per registry and
 * scope until they expire. Credentials are looked up only when a challenge needs them.
 */
final class Authenticator {
  private static final int MAX_TOKEN_RESPONSE = 1 << 20;

  /** Supplies credentials for the registry once, on demand. */
  @FunctionalInterface
  interface CredentialSource {
    @Nullable Credentials get() throws ImageException;
  }

  private record Cached(String header, Instant expires) {}

  private final String registryHost;
  private final Sender sender;
  private final Duration timeout;
  private final boolean insecure;
  private final CredentialSource source;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private volatile @Nullable Credentials credentials;
  private volatile boolean looked;

  Authenticator(
      String registryHost, Sender sender, Duration timeout, boolean insecure, CredentialSource s) {
    this.registryHost = registryHost;
    this.sender = sender;
    this.timeout = timeout;
    this.insecure = insecure;
    this.source = s;
  }

  /** A cached Authorization header for {@code scope}, or null. */
  @Nullable String current(String scope) {
    Cached c = cache.get(registryHost + " " + scope);
    return c != null && Instant.now().isBefore(c.expires()) ? c.header() : null;
  }

  /** Answers a 401: returns the Authorization header to retry with. */
  String authorize(List<Challenge> challenges, String scope, String where) throws ImageException {
    Challenge chosen = null;
    for (Challenge c : challenges) {
      if (c instanceof Challenge.Bearer || chosen == null) {
        chosen = c;
      }
    }
    String header =
        switch (chosen) {
          case null ->
              throw new ImageException(
                  where
                      + ": unauthorized, and the registry offers no supported login (Bearer or Basic)");
          case Challenge.Bearer b -> bearer(b, scope, where);
          case Challenge.Basic b -> {
            Credentials c = credentials();
            if (c == null) {
              throw new ImageException(where + ": unauthorized (" + Problems.LOGIN + ")");
            }
            String h = c.isIdentityToken() ? "Bearer " + c.secret() : c.basicHeader();
            cache.put(registryHost + " " + scope, new Cached(h, Instant.now().plusSeconds(3600)));
            yield h;
          }
        };
    return header;
  }

  private synchronized @Nullable Credentials credentials() throws ImageException {
    if (!looked) {
      credentials = source.get();
      looked = true;
    }
    return credentials;
  }

  private String bearer(Challenge.Bearer b, String scope, String where) throws ImageException {
    URI realm;
    try {
      realm = URI.create(b.realm());
    } catch (IllegalArgumentException e) {
      throw new ImageException(where + ": registry sent a malformed token realm");
    }
    if (!"https".equals(realm.getScheme()) && !"http".equals(realm.getScheme())) {
      throw new ImageException(where + ": registry sent a token realm that is not an HTTP URL");
    }
    Credentials c = credentials();
    if (c != null && "http".equals(realm.getScheme()) && !insecure) {
      throw new ImageException(
          where
              + ": token service "
              + realm.getHost()
              + " is plain HTTP; credentials are not sent over it without --insecure");
    }
    StringBuilder q = new StringBuilder();
    if (b.service() != null) {
      q.append("service=").append(enc(b.service()));
    }
    q.append(q.isEmpty() ? "" : "&").append("scope=").append(enc(scope));
    Sender.Req req;
    if (c != null && c.isIdentityToken()) {
      String form =
          q + "&grant_type=refresh_token&client_id=lashing&refresh_token=" + enc(c.secret());
      req = new Sender.Req(realm, Map.of("Accept", "application/json"), null, form);
    } else {
      String sep = realm.getRawQuery() == null ? "?" : "&";
      URI uri = URI.create(b.realm() + sep + q);
      req =
          Sender.Req.get(
              uri, Map.of("Accept", "application/json"), c == null ? null : c.basicHeader());
    }
    HttpResponse<InputStream> r;
    try {
      r = sender.send(req, timeout, sender.backoff().retries());
    } catch (IOException e) {
      throw new ImageException(where + ": token service: " + Problems.io(e, realm, timeout), e);
    }
    int s = r.statusCode();
    if (s == 401 || s == 403) {
      Sender.discard(r);
      throw new ImageException(
          where
              + ": unauthorized by token service "
              + realm.getHost()
              + " ("
              + Problems.LOGIN
              + ")");
    }
    if (s / 100 != 2) {
      throw new ImageException(
          where + ": token service: " + Problems.status(r, scope, sender.backoff().retries() + 1));
    }
    JsonNode n;
    try (InputStream in = r.body()) {
      n = OciDocuments.json().readTree(in.readNBytes(MAX_TOKEN_RESPONSE));
    } catch (IOException e) {
      throw new ImageException(
          where + ": token service " + realm.getHost() + " sent malformed JSON");
    }
    String token = n.path("token").asText("");
    if (token.isEmpty()) {
      token = n.path("access_token").asText("");
    }
    if (token.isEmpty()) {
      throw new ImageException(where + ": token service " + realm.getHost() + " sent no token");
    }
    long seconds = Math.max(60, n.path("expires_in").asLong(60));
    String header = "Bearer " + token;
    cache.put(
        registryHost + " " + scope, new Cached(header, Instant.now().plusSeconds(seconds - 10)));
    return header;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
