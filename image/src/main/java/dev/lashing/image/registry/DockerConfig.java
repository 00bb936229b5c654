package dev.lashing.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.ImageException;
import dev.lashing.image.oci.OciDocuments;
import dev.lashing.model.ImageRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Credentials from the Docker client config, looked up as Docker does: {@code credHelpers[host]},
 * then {@code credsStore}, then the {@code auths} entry ({@code auth} = base64 user:password, or
 * {@code username}/{@code password}, or {@code identitytoken}). Docker Hub is stored under {@code
 * https://index.docker.io/v1/}.
 */
final class DockerConfig {
  static final String HUB_KEY = "https://index.docker.io/v1/";
  private static final int MAX_CONFIG = 1 << 20;

  private DockerConfig() {}

  /** The config file: the given path (file or directory), $DOCKER_CONFIG, or ~/.docker. */
  static Path locate(@Nullable Path configured, Map<String, String> env) {
    if (configured != null) {
      return Files.isDirectory(configured) ? configured.resolve("config.json") : configured;
    }
    String dir = env.get("DOCKER_CONFIG");
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir, "config.json");
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".docker", "config.json");
  }

  /** Credentials for {@code registry} (as {@link ImageRef#registry()} spells it), or null. */
  static @Nullable Credentials lookup(Path file, String registry, SourceSettings settings)
      throws ImageException {
    JsonNode root = read(file);
    if (root == null) {
      return null;
    }
    String name = file.toString();
    String serverUrl = ImageRef.DOCKER_HUB.equals(registry) ? HUB_KEY : registry;
    String helper = textFor(root.path("credHelpers"), registry);
    if (helper == null) {
      helper = root.path("credsStore").asText("");
    }
    if (!helper.isBlank()) {
      Credentials c =
          CredentialHelper.get(
              helper, serverUrl, settings.helperPath(), settings.helperTimeout(), name);
      if (c != null) {
        return c;
      }
    }
    JsonNode entry = entryFor(root.path("auths"), registry);
    return entry == null ? null : fromEntry(entry, name);
  }

  private static @Nullable JsonNode read(Path file) throws ImageException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_CONFIG + 1);
      if (bytes.length > MAX_CONFIG) {
        throw new ImageException(
            file + ": larger than " + MAX_CONFIG + " bytes; not a Docker config");
      }
      JsonNode root = OciDocuments.json().readTree(bytes);
      if (root == null || !root.isObject()) {
        throw new ImageException(file + ": not a JSON object; fix or remove the Docker config");
      }
      return root;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new ImageException(
          file
              + ": unreadable Docker config ("
              + e.getClass().getSimpleName()
              + "); fix or remove it",
          e);
    }
  }

  private static @Nullable Credentials fromEntry(JsonNode e, String name) throws ImageException {
    String identity = e.path("identitytoken").asText("");
    if (!identity.isEmpty()) {
      return new Credentials(Credentials.IDENTITY_TOKEN_USER, identity);
    }
    String auth = e.path("auth").asText("");
    if (!auth.isEmpty()) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(auth.trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException ex) {
        throw new ImageException(
            name + ": an 'auth' entry is not valid base64; run docker login again");
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        throw new ImageException(
            name + ": an 'auth' entry is not user:password; run docker login again");
      }
      return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
    String user = e.path("username").asText("");
    String password = e.path("password").asText("");
    return user.isEmpty() || password.isEmpty() ? null : new Credentials(user, password);
  }

  private static @Nullable String textFor(JsonNode map, String registry) {
    JsonNode n = entryFor(map, registry);
    return n == null || !n.isTextual() ? null : n.asText();
  }

  /** The entry whose key names {@code registry}: exact key first, then normalized keys. */
  private static @Nullable JsonNode entryFor(JsonNode map, String registry) {
    if (!map.isObject()) {
      return null;
    }
    if (ImageRef.DOCKER_HUB.equals(registry) && map.has(HUB_KEY)) {
      return map.get(HUB_KEY);
    }
    if (map.has(registry)) {
      return map.get(registry);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (normalize(e.getKey()).equals(registry)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * {@code https://index.docker.io/v1/} → {@code docker.io}; {@code http://h:5000/x} → {@code
   * h:5000}.
   */
  static String normalize(String key) {
    String k = key.trim().toLowerCase(Locale.ROOT);
    int scheme = k.indexOf("://");
    if (scheme >= 0) {
      k = k.substring(scheme + 3);
    }
    int slash = k.indexOf('/');
    if (slash >= 0) {
      k = k.substring(0, slash);
    }
    return switch (k) {
      case "index.docker.io", "registry-1.docker.io" -> ImageRef.DOCKER_HUB;
      default -> k;
    };
  }
}
