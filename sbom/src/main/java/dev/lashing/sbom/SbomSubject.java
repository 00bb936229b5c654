package dev.lashing.sbom;

import dev.lashing.image.Image;
import dev.lashing.model.Digest;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Platform;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What an SBOM describes: an image or a directory (root filesystem).
 *
 * @param kind image or directory
 * @param name what the user named: a reference, an archive path, a directory
 * @param manifestDigest the image manifest's digest, when the source has one
 * @param configDigest the config blob's digest (the image id), for images
 * @param tags tags the source records, sorted and without duplicates
 * @param platform the image's platform, when known
 * @param os the detected operating system, when detected
 */
public record SbomSubject(
    Kind kind,
    String name,
    @Nullable Digest manifestDigest,
    @Nullable Digest configDigest,
    List<String> tags,
    @Nullable Platform platform,
    @Nullable OsInfo os) {

  /** Image or directory. */
  public enum Kind {
    IMAGE,
    DIRECTORY
  }

  public SbomSubject {
    if (name.isBlank()) {
      throw new IllegalArgumentException("SBOM subject name must not be blank");
    }
    tags = List.copyOf(new TreeSet<>(tags));
  }

  /** The facts of an opened image (a {@link Image.Kind#DIRECTORY} source is a directory). */
  public static SbomSubject of(Image image, @Nullable OsInfo os) {
    boolean dir = image.kind() == Image.Kind.DIRECTORY;
    String name = image.ref() != null ? image.ref().toString() : image.name();
    return new SbomSubject(
        dir ? Kind.DIRECTORY : Kind.IMAGE,
        name,
        image.manifestDigest(),
        image.configDigest(),
        image.tags(),
        dir ? null : image.platform(),
        os);
  }

  /** A directory scanned as a root filesystem. */
  public static SbomSubject directory(String name, @Nullable OsInfo os) {
    return new SbomSubject(Kind.DIRECTORY, name, null, null, List.of(), null, os);
  }
}
