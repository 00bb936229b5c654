package dev.lashing.image;

import dev.lashing.image.archive.ArchiveSources;
import dev.lashing.image.archive.DockerArchiveSource;
import dev.lashing.image.archive.OciLayoutSource;
import dev.lashing.image.registry.RegistrySource;
import dev.lashing.image.rootfs.RootfsSource;
import dev.lashing.model.ImageRef;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Opens whatever a user names as an image. The one place that decides what a target string means:
 *
 * <ul>
 *   <li>{@code oci:PATH[:TAG]} an OCI image layout, directory or tar;
 *   <li>{@code docker-archive:PATH[:TAG]} a {@code docker save} tar (plain or gzip);
 *   <li>{@code archive:PATH[:TAG]} either kind of tar, detected from its contents;
 *   <li>{@code dir:PATH} or {@code rootfs:PATH} a root filesystem directory;
 *   <li>{@code registry:REF} or {@code docker://REF} a registry reference;
 *   <li>an existing path: a directory holding {@code oci-layout} is an OCI layout, another
 *       directory a root filesystem, a file an archive;
 *   <li>anything else: a registry reference such as {@code alpine:3.20}.
 * </ul>
 */
public final class ImageSources {
  private ImageSources() {}

  public static Image open(String target, ImageOptions options) throws ImageException {
    String t = target.strip();
    if (t.isEmpty()) {
      throw new ImageException("no image named");
    }
    int colon = t.indexOf(':');
    String scheme = colon > 0 ? t.substring(0, colon) : "";
    String rest = colon > 0 ? t.substring(colon + 1) : t;
    switch (scheme) {
      case "oci" -> {
        PathAndTag pt = PathAndTag.split(rest);
        return OciLayoutSource.open(pt.path(), pt.tag(), options);
      }
      case "docker-archive" -> {
        PathAndTag pt = PathAndTag.split(rest);
        return DockerArchiveSource.open(pt.path(), pt.tag(), options);
      }
      case "archive" -> {
        PathAndTag pt = PathAndTag.split(rest);
        return ArchiveSources.open(pt.path(), pt.tag(), options);
      }
      case "dir", "rootfs" -> {
        return RootfsSource.open(Path.of(rest));
      }
      case "registry" -> {
        return RegistrySource.open(parseRef(rest), options);
      }
      case "docker" -> {
        return RegistrySource.open(parseRef(rest.replaceFirst("^//", "")), options);
      }
      default -> {
        // not a scheme: a path, or a reference such as host:5000/app or alpine:3.20
      }
    }
    Path path = Path.of(t);
    if (looksLikePath(t) || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isDirectory(path)) {
        return Files.exists(path.resolve("oci-layout"))
            ? OciLayoutSource.open(path, null, options)
            : RootfsSource.open(path);
      }
      if (Files.isRegularFile(path)) {
        return ArchiveSources.open(path, null, options);
      }
      throw new ImageException(t + ": no such file or directory");
    }
    return RegistrySource.open(parseRef(t), options);
  }

  private static boolean looksLikePath(String t) {
    return t.startsWith("/")
        || t.startsWith("./")
        || t.startsWith("../")
        || t.equals(".")
        || t.endsWith(".tar")
        || t.endsWith(".tar.gz")
        || t.endsWith(".tgz");
  }

  private static ImageRef parseRef(String s) throws ImageException {
    try {
      return ImageRef.parse(s);
    } catch (IllegalArgumentException e) {
      throw new ImageException(e.getMessage() + " (not a file or directory either)");
    }
  }

  /**
   * {@code PATH[:TAG]}: the tag is split off only when PATH alone exists and the rest has no '/'.
   */
  record PathAndTag(Path path, @Nullable String tag) {
    static PathAndTag split(String s) {
      int colon = s.lastIndexOf(':');
      if (colon > 0 && !Files.exists(Path.of(s))) {
        String tag = s.substring(colon + 1);
        String path = s.substring(0, colon);
        if (!tag.contains("/") && !tag.isEmpty()) {
          return new PathAndTag(Path.of(path), tag);
        }
      }
      return new PathAndTag(Path.of(s), null);
    }
  }
}
