package dev.lashing.vulndb.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * An HTTP server on 127.0.0.1 serving files the way the real feed hosts do: ETag and Last-Modified,
 * 304 for a matching If-None-Match / If-Modified-Since, gzip on request; and, on demand, the
 * failures an update must survive (a body cut off half-way, 503s).
 */
final class FeedServer implements AutoCloseable {

  /** One file: its bytes and validators. */
  record File(byte[] body, String etag, String lastModified) {}

  enum Mode {
    NORMAL,
    GZIP,
    TRUNCATE,
    FAIL_ONCE
  }

  private final HttpServer server;
  private final Map<String, File> files = new ConcurrentHashMap<>();
  final List<String> log = new CopyOnWriteArrayList<>();
  volatile Mode mode = Mode.NORMAL;
  private volatile boolean failedOnce;

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void put(String path, byte[] body, String etag, String lastModified) {
    files.put(path, new File(body, etag, lastModified));
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getPath();
      String inm = x.getRequestHeaders().getFirst("If-None-Match");
      String ims = x.getRequestHeaders().getFirst("If-Modified-Since");
      log.add(x.getRequestMethod() + " " + path + " inm=" + inm + " ims=" + ims);
      if (mode == Mode.FAIL_ONCE && !failedOnce) {
        failedOnce = true;
        x.sendResponseHeaders(503, -1);
        return;
      }
      File f = files.get(path);
      if (f == null) {
        x.sendResponseHeaders(404, -1);
        return;
      }
      x.getResponseHeaders().set("ETag", f.etag());
      x.getResponseHeaders().set("Last-Modified", f.lastModified());
      if (f.etag().equals(inm) || (inm == null && f.lastModified().equals(ims))) {
        x.sendResponseHeaders(304, -1);
        return;
      }
      byte[] body = f.body();
      String ae = x.getRequestHeaders().getFirst("Accept-Encoding");
      if (mode == Mode.GZIP && ae != null && ae.contains("gzip")) {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
          out.write(body);
        }
        body = gz.toByteArray();
        x.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      x.sendResponseHeaders(200, body.length);
      OutputStream out = x.getResponseBody();
      if (mode == Mode.TRUNCATE) {
        out.write(body, 0, body.length / 2);
        out.flush();
        // Dropping the connection with bytes still owed, as a killed transfer does.
        throw new IOException("connection dropped by the test server");
      }
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
