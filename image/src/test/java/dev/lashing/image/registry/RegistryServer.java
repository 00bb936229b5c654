package dev.lashing.image.registry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The real registry ({@code docker-registry serve}, CNCF distribution) on 127.0.0.1 with a
 * temporary storage directory, optionally with TLS and htpasswd auth; plus the {@code skopeo} and
 * {@code openssl} calls the integration test needs.
 */
/** A real docker-registry on 127.0.0.1 for integration tests (also used by the fs tests). */
public final class RegistryServer implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/docker-registry");
  private final Process process;
  private final int port;

  private RegistryServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static boolean available() {
    return Files.isExecutable(BINARY) && onPath("skopeo") && onPath("openssl");
  }

  private static boolean onPath(String tool) {
    for (Path dir : SourceSettings.pathDirs(System.getenv().getOrDefault("PATH", ""))) {
      if (Files.isExecutable(dir.resolve(tool))) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param tls directory holding tls.crt and tls.key, or null for plain HTTP
   * @param htpasswd htpasswd file, or null for no auth
   */
  public static RegistryServer start(Path dir, @Nullable Path tls, @Nullable Path htpasswd)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    StringBuilder yaml = new StringBuilder();
    yaml.append("version: 0.1\nlog: {level: warn}\n")
        .append("storage:\n  filesystem: {rootdirectory: ")
        .append(dir.resolve("data"))
        .append("}\n  delete: {enabled: true}\n")
        .append("http:\n  addr: 127.0.0.1:")
        .append(port)
        .append('\n');
    if (tls != null) {
      yaml.append("  tls: {certificate: ")
          .append(tls.resolve("tls.crt"))
          .append(", key: ")
          .append(tls.resolve("tls.key"))
          .append("}\n");
    }
    if (htpasswd != null) {
      yaml.append("auth:\n  htpasswd: {realm: lashing-test, path: ").append(htpasswd).append("}\n");
    }
    Path config = dir.resolve("config.yml");
    Files.writeString(config, yaml);
    Process p =
        new ProcessBuilder(BINARY.toString(), "serve", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("registry.log").toFile())
            .start();
    RegistryServer server = new RegistryServer(p, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return server;
      } catch (IOException e) {
        if (!p.isAlive()) {
          throw new IOException(
              "docker-registry exited: " + Files.readString(dir.resolve("registry.log")));
        }
        Thread.sleep(50);
      }
    }
    server.close();
    throw new IOException("docker-registry did not listen on port " + port);
  }

  public String authority() {
    return "127.0.0.1:" + port;
  }

  /** Runs a command, fails with its output on a non-zero exit, returns stdout bytes. */
  public static byte[] run(Path workDir, List<String> command)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile(workDir, "stderr", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(
          String.join(" ", command) + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
    }
    return out;
  }

  public static List<String> skopeo(String... args) {
    List<String> cmd = new ArrayList<>(List.of("skopeo", "--insecure-policy"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** A self-signed certificate for 127.0.0.1 in {@code dir}/tls.crt and tls.key. */
  static void selfSignedCertificate(Path dir) throws IOException, InterruptedException {
    run(
        dir,
        List.of(
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            dir.resolve("tls.key").toString(),
            "-out",
            dir.resolve("tls.crt").toString(),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1"));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
