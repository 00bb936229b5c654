package dev.lashing.cli.image;

import dev.lashing.image.ImageOptions;
import dev.lashing.image.Limits;
import dev.lashing.model.Platform;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options every command that opens an image shares (a picocli mixin). */
public final class ImageSourceOptions {
  @Option(
      names = "--platform",
      paramLabel = "OS/ARCH[/VARIANT]",
      description =
          "Platform to pick from a multi-platform image (default: the host's, ${DEFAULT-VALUE}).",
      defaultValue = "")
  String platform = "";

  @Option(
      names = "--insecure",
      description = "Allow plain HTTP and unverified TLS when talking to registries.")
  boolean insecure;

  @Option(names = "--username", description = "Registry user name.")
  @Nullable String username;

  @Option(
      names = "--password",
      description =
          "Registry password or token (prefer LASHING_PASSWORD to keep it out of shell history).")
  @Nullable String password;

  @Option(
      names = "--docker-config",
      paramLabel = "FILE",
      description = "Docker client config with credentials (default: ~/.docker/config.json).")
  @Nullable Path dockerConfig;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Network timeout per request, in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--retries",
      defaultValue = "3",
      description =
          "Retries for failed registry requests, with backoff (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--max-entries",
      defaultValue = "2000000",
      description = "Refuse images with more tar entries than this (default: ${DEFAULT-VALUE}).")
  long maxEntries;

  @Option(
      names = "--max-entry-size",
      defaultValue = "8GiB",
      converter = SizeConverter.class,
      description = "Refuse a single file larger than this (default: ${DEFAULT-VALUE}).")
  long maxEntrySize;

  @Option(
      names = "--max-total-size",
      defaultValue = "64GiB",
      converter = SizeConverter.class,
      description = "Refuse images larger than this uncompressed (default: ${DEFAULT-VALUE}).")
  long maxTotalSize;

  @Option(
      names = "--temp-dir",
      paramLabel = "DIR",
      description = "Where to keep downloaded layer blobs while scanning (default: system temp).")
  @Nullable Path tempDir;

  /** The library's options from what was parsed. */
  public ImageOptions toImageOptions() {
    Platform p = platform.isBlank() ? null : Platform.parse(platform);
    return new ImageOptions(
        p,
        insecure,
        username,
        password,
        dockerConfig,
        tempDir,
        Duration.ofSeconds(Math.max(1, timeoutSeconds)),
        Math.max(0, retries),
        new Limits(maxEntries, maxEntrySize, maxTotalSize, Limits.DEFAULTS.maxJsonBytes()));
  }

  /** Sizes with binary or decimal units: {@code 512}, {@code 10MB}, {@code 8GiB}. */
  public static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.trim().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
      long mult = 1;
      String[][] units = {
        {"KIB", "1024"}, {"MIB", "1048576"}, {"GIB", "1073741824"}, {"TIB", "1099511627776"},
        {"KB", "1000"}, {"MB", "1000000"}, {"GB", "1000000000"}, {"TB", "1000000000000"},
        {"K", "1024"}, {"M", "1048576"}, {"G", "1073741824"}, {"B", "1"}
      };
      for (String[] u : units) {
        if (v.endsWith(u[0])) {
          mult = Long.parseLong(u[1]);
          v = v.substring(0, v.length() - u[0].length());
          break;
        }
      }
      try {
        long n = Long.parseLong(v);
        if (n <= 0) {
          throw new IllegalArgumentException("size must be positive: " + value);
        }
        return Math.multiplyExact(n, mult);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException("not a size: '" + value + "' (e.g. 512MiB, 8GiB)");
      }
    }
  }
}
