package dev.lashing.image.registry;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Knobs of the registry source that are not user options: where credential helpers are looked up,
 * the environment ({@code DOCKER_CONFIG}, {@code HOME}), retry pacing and download parallelism.
 * Tests inject their own; {@link #defaults()} reads the process environment.
 *
 * @param env environment variables consulted ({@code DOCKER_CONFIG}, {@code HOME})
 * @param helperPath directories searched for {@code docker-credential-<name>} executables
 * @param helperTimeout how long a credential helper may run
 * @param backoffBase first retry delay (doubled per attempt, with jitter)
 * @param backoffMax longest computed retry delay
 * @param retryAfterCap longest delay honoured from a {@code Retry-After} header
 * @param tlsProbeTimeout with {@code --insecure}, how long the HTTPS attempt may take before
 *     falling back to plain HTTP
 * @param parallelDownloads how many layer blobs are downloaded at once
 */
record SourceSettings(
    Map<String, String> env,
    List<Path> helperPath,
    Duration helperTimeout,
    Duration backoffBase,
    Duration backoffMax,
    Duration retryAfterCap,
    Duration tlsProbeTimeout,
    int parallelDownloads) {

  SourceSettings {
    env = Map.copyOf(env);
    helperPath = List.copyOf(helperPath);
    if (parallelDownloads < 1) {
      throw new IllegalArgumentException("parallelDownloads must be positive");
    }
  }

  static SourceSettings defaults() {
    Map<String, String> env = System.getenv();
    return new SourceSettings(
        env,
        pathDirs(env.getOrDefault("PATH", "")),
        Duration.ofSeconds(30),
        Duration.ofMillis(500),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        Duration.ofSeconds(10),
        3);
  }

  static List<Path> pathDirs(String path) {
    List<Path> dirs = new ArrayList<>();
    for (String p : path.split(File.pathSeparator)) {
      if (!p.isBlank()) {
        dirs.add(Path.of(p));
      }
    }
    return dirs;
  }

  Backoff backoff(int retries) {
    return new Backoff(Math.max(0, retries), backoffBase, backoffMax, retryAfterCap);
  }
}
