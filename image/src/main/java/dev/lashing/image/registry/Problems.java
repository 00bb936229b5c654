package dev.lashing.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.oci.OciDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.jspecify.annotations.Nullable;

/** Turns transport failures and HTTP statuses into one-line problems a user can act on. */
final class Problems {
  static final String LOGIN = "log in with docker login or pass --username/--password";
  private static final int MAX_ERROR_BODY = 64 * 1024;

  /** A registry error body ({@code {"errors":[{"code":..,"message":..}]}}), first entry. */
  record RegistryError(String code, String message) {}

  private Problems() {}

  static String hostPort(URI u) {
    return u.getPort() >= 0 ? u.getHost() + ":" + u.getPort() : u.getHost();
  }

  /** Describes an I/O failure talking to {@code uri}. */
  static String io(IOException e, URI uri, Duration timeout) {
    String hp = hostPort(uri);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "unknown host " + uri.getHost() + " (check the registry name)";
      }
    }
    if (e instanceof HttpConnectTimeoutException) {
      return "connecting to " + hp + " timed out after " + timeout.toSeconds() + "s";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer from " + hp + " within " + timeout.toSeconds() + "s";
    }
    if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
      return hp + " is unreachable (connection refused); check the host and port";
    }
    SSLException ssl = find(e, SSLException.class);
    if (ssl != null) {
      String m = String.valueOf(ssl.getMessage());
      if (m.contains("plaintext") || m.contains("Unrecognized SSL message")) {
        return hp + " answers plain HTTP, not HTTPS; pass --insecure to allow HTTP";
      }
      if (ssl instanceof SSLHandshakeException || m.contains("certificat") || m.contains("PKIX")) {
        return "TLS handshake with "
            + hp
            + " failed ("
            + clean(m)
            + "); for a self-signed or private-CA certificate pass --insecure";
      }
      return "TLS error with " + hp + " (" + clean(m) + "); pass --insecure to skip verification";
    }
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "I/O error talking to " + hp + " (" + clean(m) + ")";
  }

  /**
   * Describes an unexpected status. Reads (bounded) and closes the body.
   *
   * @param attempts how many attempts were made, for 429 and 5xx
   */
  static String status(HttpResponse<InputStream> r, String repository, int attempts) {
    int s = r.statusCode();
    RegistryError err = error(r);
    String detail = err == null ? "" : " (" + err.code() + ": " + err.message() + ")";
    return switch (s) {
      case 401 -> "unauthorized (" + LOGIN + ")";
      case 403 -> "denied: access to " + repository + " refused" + detail + "; check your account";
      case 429 ->
          "too many requests (HTTP 429 from "
              + hostPort(r.uri())
              + " after "
              + attempts
              + " attempts); try again later";
      default ->
          s >= 500
              ? "registry error HTTP "
                  + s
                  + " from "
                  + r.uri()
                  + " after "
                  + attempts
                  + " attempts"
                  + detail
              : "unexpected HTTP " + s + " from " + r.uri() + detail;
    };
  }

  /** The first error of a registry error body, or null. Reads (bounded) and closes the body. */
  static @Nullable RegistryError error(HttpResponse<InputStream> r) {
    try (InputStream in = r.body()) {
      byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
      JsonNode first = OciDocuments.json().readTree(bytes).path("errors").path(0);
      String code = first.path("code").asText("");
      return code.isEmpty()
          ? null
          : new RegistryError(clean(code), clean(first.path("message").asText("")));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Control characters removed, at most 200 characters: safe to print from hostile servers. */
  static String clean(String s) {
    String c = s.replaceAll("\\p{Cntrl}", " ").strip();
    return c.length() > 200 ? c.substring(0, 200) + "..." : c;
  }

  private static <T extends Throwable> @Nullable T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
