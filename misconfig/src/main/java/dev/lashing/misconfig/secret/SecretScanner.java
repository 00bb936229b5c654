package dev.lashing.misconfig.secret;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.misconfig.MisconfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds secrets in files, directories and images. Create once (rules are compiled then), scan many
 * times; thread-safe.
 *
 * <pre>{@code
 * SecretScanner s = SecretScanner.create(SecretConfig.load(Path.of("secrets.yaml")));
 * SecretScanResult r = s.scan("docker-archive:app.tar", ImageOptions.defaults());
 * }</pre>
 */
public interface SecretScanner {

  /** The rules that run, built-in first, in id order, then the user's. */
  List<SecretRule> rules();

  /**
   * Scans what a user names: an existing regular file that is not a tar ({@code .tar}, {@code
   * .tar.gz}, {@code .tgz}) is scanned as one file; a directory without {@code oci-layout} is
   * walked; anything else is opened as an image ({@link dev.lashing.image.ImageSources#open}) and
   * every layer is scanned.
   *
   * @throws ImageException when the image cannot be opened or indexed
   * @throws IOException when a file cannot be read
   */
  SecretScanResult scan(String target, ImageOptions options) throws ImageException, IOException;

  /**
   * Scans every file of every layer of an opened image (files later layers delete or replace
   * included) or every file of a directory image.
   */
  SecretScanResult scan(Image image, ImageOptions options) throws ImageException, IOException;

  /** Scans one file (bounded by the size cap). */
  SecretScanResult scanFile(Path file) throws IOException;

  /**
   * Scans in-memory content named {@code path}; binary content (a NUL byte in the first 8000 bytes)
   * yields nothing.
   */
  List<SecretFinding> scan(String path, byte[] content);

  /**
   * @throws MisconfigException when a user rule or allow expression is invalid, a disabled id is
   *     unknown, or a user rule reuses a built-in id
   */
  static SecretScanner create(SecretConfig config) throws MisconfigException {
    return DefaultSecretScanner.create(config);
  }

  static SecretScanner create() {
    try {
      return create(SecretConfig.defaults());
    } catch (MisconfigException e) {
      throw new IllegalStateException(e);
    }
  }
}
