package dev.lashing.image.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.OciDocuments;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An in-process registry on 127.0.0.1 for tests: serves manifests and blobs of {@link TestImage}s,
 * can demand Bearer (token endpoint at {@code /token}) or Basic auth, inject failing statuses,
 * corrupt content, and redirect blob downloads to another server ({@code /raw/<digest>}).
 */
final class FakeRegistry implements AutoCloseable {
  enum Auth {
    NONE,
    BEARER,
    BASIC
  }

  record Request(String path, @Nullable String query, @Nullable String authorization) {}

  record Served(byte[] body, String mediaType, @Nullable String digestHeader) {}

  private static final Pattern MANIFEST = Pattern.compile("/v2/(.+)/manifests/([^/]+)");
  private static final Pattern BLOB = Pattern.compile("/v2/(.+)/blobs/([^/]+)");

  final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  final Map<String, Served> manifests = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();
  final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
  final Set<String> tokens = ConcurrentHashMap.newKeySet();
  final AtomicInteger tokensIssued = new AtomicInteger();
  volatile Auth auth = Auth.NONE;
  volatile @Nullable String user;
  volatile @Nullable String password;
  volatile @Nullable URI redirectBlobsTo;
  volatile String refreshToken = "refresh-me";
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final boolean tls;

  private FakeRegistry(boolean tls) throws IOException {
    this.tls = tls;
    InetSocketAddress addr = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls) {
      HttpsServer s = HttpsServer.create(addr, 0);
      s.setHttpsConfigurator(new HttpsConfigurator(TestTls.serverContext()));
      server = s;
    } else {
      server = HttpServer.create(addr, 0);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static FakeRegistry https() throws IOException {
    return new FakeRegistry(true);
  }

  static FakeRegistry http() throws IOException {
    return new FakeRegistry(false);
  }

  String authority() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  URI base() {
    return URI.create((tls ? "https://" : "http://") + authority());
  }

  /** Serves {@code image} under {@code tag} and its digest. */
  void put(TestImage image, String tag) {
    blobs.putAll(image.blobs());
    Served s = new Served(image.manifest(), MediaTypes.OCI_MANIFEST, null);
    manifests.put(tag, s);
    manifests.put(image.manifestDigest().toString(), s);
  }

  void putIndex(byte[] index, String tag) {
    Served s = new Served(index, MediaTypes.OCI_INDEX, null);
    manifests.put(tag, s);
    manifests.put(OciDocuments.sha256(index).toString(), s);
  }

  void fail(String path, Integer... statuses) {
    failures.put(path, new ArrayDeque<>(List.of(statuses)));
  }

  long count(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String authz = ex.getRequestHeaders().getFirst("Authorization");
      requests.add(new Request(path, ex.getRequestURI().getQuery(), authz));
      Deque<Integer> f = failures.get(path);
      Integer failing = f == null ? null : f.poll();
      if (failing != null) {
        if (failing == 429) {
          ex.getResponseHeaders().set("Retry-After", "0");
        }
        send(ex, failing, "application/json", error("TOOMANYREQUESTS", "injected"));
        return;
      }
      if (path.equals("/token")) {
        token(ex, authz);
        return;
      }
      if (path.startsWith("/raw/")) {
        blob(ex, path.substring(5));
        return;
      }
      if (!authorized(authz)) {
        String challenge =
            auth == Auth.BASIC
                ? "Basic realm=\"fake\""
                : "Bearer realm=\""
                    + base()
                    + "/token\",service=\"fake-registry\",scope=\"repository:team/app:pull\"";
        ex.getResponseHeaders().set("WWW-Authenticate", challenge);
        send(ex, 401, "application/json", error("UNAUTHORIZED", "authentication required"));
        return;
      }
      Matcher m = MANIFEST.matcher(path);
      Matcher b = BLOB.matcher(path);
      if (path.equals("/v2/")) {
        send(ex, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      } else if (m.matches()) {
        Served s = manifests.get(m.group(2));
        if (s == null) {
          send(ex, 404, "application/json", error("MANIFEST_UNKNOWN", "manifest unknown"));
          return;
        }
        String digest =
            s.digestHeader() != null ? s.digestHeader() : OciDocuments.sha256(s.body()).toString();
        ex.getResponseHeaders().set("Docker-Content-Digest", digest);
        send(ex, 200, s.mediaType(), s.body());
      } else if (b.matches()) {
        URI target = redirectBlobsTo;
        if (target != null) {
          ex.getResponseHeaders().set("Location", target + "/raw/" + b.group(2));
          ex.sendResponseHeaders(307, -1);
          return;
        }
        blob(ex, b.group(2));
      } else {
        send(ex, 404, "application/json", error("NOT_FOUND", "not found"));
      }
    }
  }

  private boolean authorized(@Nullable String authz) {
    return switch (auth) {
      case NONE -> true;
      case BEARER -> authz != null && tokens.contains(authz);
      case BASIC -> authz != null && authz.equals(new Credentials(user, password).basicHeader());
    };
  }

  private void token(HttpExchange ex, @Nullable String authz) throws IOException {
    String q = String.valueOf(ex.getRequestURI().getQuery());
    if (ex.getRequestMethod().equals("POST")) {
      q =
          java.net.URLDecoder.decode(
              new String(ex.getRequestBody().readNBytes(8192), StandardCharsets.UTF_8),
              StandardCharsets.UTF_8);
      if (!q.contains("grant_type=refresh_token") || !q.contains("refresh_token=" + refreshToken)) {
        send(ex, 401, "application/json", error("UNAUTHORIZED", "bad refresh token"));
        return;
      }
      authz = user == null ? null : new Credentials(user, password).basicHeader();
    }
    if (user != null && !new Credentials(user, password).basicHeader().equals(authz)) {
      send(ex, 401, "application/json", error("UNAUTHORIZED", "bad credentials"));
      return;
    }
    if (!q.contains("service=fake-registry") || !q.contains("scope=repository:team/app:pull")) {
      send(ex, 400, "application/json", error("BAD_REQUEST", "scope or service missing"));
      return;
    }
    String token = "tok-" + tokensIssued.incrementAndGet();
    tokens.add("Bearer " + token);
    String body = "{\"token\":\"" + token + "\",\"expires_in\":300}";
    send(ex, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  private void blob(HttpExchange ex, String digest) throws IOException {
    byte[] data = blobs.get(digest);
    if (data == null) {
      send(ex, 404, "application/json", error("BLOB_UNKNOWN", "blob unknown"));
    } else {
      send(ex, 200, "application/octet-stream", data);
    }
  }

  private static byte[] error(String code, String message) {
    return ("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    ex.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
