package dev.lashing.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.ImageException;
import dev.lashing.image.oci.OciDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs a Docker credential helper ({@code docker-credential-<name> get}, server URL on stdin,
 * {@code {"Username":..,"Secret":..}} on stdout) with a timeout. Only helpers found in the given
 * directories are run; the name is restricted to a safe alphabet.
 */
final class CredentialHelper {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final int MAX_OUTPUT = 64 * 1024;

  private CredentialHelper() {}

  /** Credentials for {@code serverUrl}, or null when the helper has none. */
  static @Nullable Credentials get(
      String name, String serverUrl, List<Path> dirs, Duration timeout, String configName)
      throws ImageException {
    String exe = "docker-credential-" + name;
    if (!NAME.matcher(name).matches()) {
      throw new ImageException(
          configName + ": invalid credential helper name '" + Problems.clean(name) + "'");
    }
    Path helper = null;
    for (Path dir : dirs) {
      Path p = dir.resolve(exe);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        helper = p;
        break;
      }
    }
    if (helper == null) {
      throw new ImageException(
          configName
              + " names credential helper "
              + exe
              + " but it is not on the PATH; install it or remove it from the config");
    }
    String out;
    int exit;
    Process p = null;
    try {
      p =
          new ProcessBuilder(helper.toString(), "get")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(serverUrl.getBytes(StandardCharsets.UTF_8));
      }
      InputStream stdout = p.getInputStream();
      CompletableFuture<byte[]> read =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return stdout.readNBytes(MAX_OUTPUT);
                } catch (IOException e) {
                  return new byte[0];
                }
              });
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ImageException(
            exe + " get did not finish within " + timeout.toSeconds() + "s; check the helper");
      }
      exit = p.exitValue();
      out = new String(read.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
    } catch (IOException | ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new ImageException(exe + " get failed (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageException(exe + " get was interrupted", e);
    } finally {
      if (p != null) {
        p.destroyForcibly();
      }
    }
    if (exit != 0) {
      if (out.toLowerCase(java.util.Locale.ROOT).contains("credentials not found")) {
        return null;
      }
      String first = out.lines().findFirst().orElse("");
      throw new ImageException(
          exe + " get exited with " + exit + " (" + Problems.clean(first) + ")");
    }
    JsonNode n;
    try {
      n = OciDocuments.json().readTree(out);
    } catch (IOException e) {
      throw new ImageException(exe + " get printed malformed JSON");
    }
    String user = n.path("Username").asText("");
    String secret = n.path("Secret").asText("");
    return secret.isEmpty() ? null : new Credentials(user, secret);
  }
}
