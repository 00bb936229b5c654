package dev.lashing.image.registry;

import dev.lashing.image.Image;
import dev.lashing.image.ImageException;
import dev.lashing.image.ImageOptions;
import dev.lashing.image.oci.ManifestImage;
import dev.lashing.model.ImageRef;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opens an image from a registry over the OCI distribution API ({@code java.net.http}).
 *
 * <ul>
 *   <li>HTTPS by default; {@code docker.io} is served by {@code registry-1.docker.io}. With {@link
 *       ImageOptions#insecure()} certificates and host names are not checked and a registry that
 *       does not speak TLS is reached over plain HTTP. This applies to loopback hosts too: like
 *       {@code skopeo --tls-verify=false} (and unlike the Docker daemon's implicit localhost
 *       exception), plain HTTP is never used without the option.
 *   <li>Authentication on demand: Bearer tokens (anonymous, with Basic credentials, or an identity
 *       token) cached per registry and scope, or Basic. Credentials come from the options, else
 *       from the Docker config ({@code credHelpers}, {@code credsStore}, {@code auths}). They are
 *       never sent to another host after a redirect.
 *   <li>Retries with exponential backoff and jitter on connect errors, timeouts, 429 and 5xx,
 *       honouring {@code Retry-After}; other 4xx fail at once.
 *   <li>Every manifest and blob is verified against its digest; layers are spooled once to a
 *       temporary directory, lazily and a few at a time, and {@link Image#close()} deletes them.
 * </ul>
 *
 * <p>The returned image's {@link Image#ref()} is pinned to the digest of the platform's image
 * manifest (not of an index), so it names exactly the image that was read.
 */
public final class RegistrySource {
  private RegistrySource() {}

  /** Opens {@code ref}; the caller closes the image. */
  public static Image open(ImageRef ref, ImageOptions options) throws ImageException {
    return open(ref, options, SourceSettings.defaults());
  }

  static Image open(ImageRef ref, ImageOptions options, SourceSettings settings)
      throws ImageException {
    Sender sender =
        new Sender(options.timeout(), settings.backoff(options.retries()), options.insecure());
    Authenticator auth =
        new Authenticator(
            ref.registry(),
            sender,
            options.timeout(),
            options.insecure(),
            () -> credentials(ref, options, settings));
    RegistryClient client = new RegistryClient(ref, options, settings, sender, auth);
    LayerCache cache = null;
    try {
      client.ping();
      Manifests.Resolved resolved =
          Manifests.resolve(client, ref, options.platformOrHost(), options.limits());
      cache =
          new LayerCache(
              client,
              ref.repository(),
              resolved.manifest(),
              options.tempDir(),
              settings.parallelDownloads(),
              options.limits().maxTotalBytes());
      LayerCache layers = cache;
      return ManifestImage.assemble(
          Image.Kind.REGISTRY,
          ref.toString(),
          ref.withDigest(resolved.manifest().digest()),
          ref.tag() == null ? List.of() : List.of(ref.tag()),
          resolved.manifest(),
          layers,
          options.limits(),
          resolved.fallbackPlatform(),
          () -> {
            try {
              layers.close();
            } finally {
              client.close();
            }
          });
    } catch (ImageException | RuntimeException e) {
      closeQuietly(cache);
      client.close();
      throw e;
    }
  }

  private static @Nullable Credentials credentials(
      ImageRef ref, ImageOptions options, SourceSettings s) throws ImageException {
    if (options.username() != null && options.password() != null) {
      return new Credentials(options.username(), options.password());
    }
    return DockerConfig.lookup(
        DockerConfig.locate(options.dockerConfig(), s.env()), ref.registry(), s);
  }

  private static void closeQuietly(@Nullable LayerCache cache) {
    if (cache != null) {
      try {
        cache.close();
      } catch (IOException e) {
        // the original failure matters more than a leftover temp directory
      }
    }
  }
}
