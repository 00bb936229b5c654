package dev.lashing.model;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A registry image reference, normalized as Docker does: {@code alpine} is {@code
 * docker.io/library/alpine:latest}. Either tag or digest (or both) is set.
 */
public record ImageRef(
    String registry, String repository, @Nullable String tag, @Nullable Digest digest) {

  public static final String DOCKER_HUB = "docker.io";
  private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?");

  public ImageRef {
    if (tag == null && digest == null) {
      throw new IllegalArgumentException("image reference needs a tag or a digest");
    }
  }

  /** Parses a reference such as {@code alpine:3.20} or {@code host:5000/team/app@sha256:...}. */
  public static ImageRef parse(String text) {
    String s = text.trim();
    if (s.isEmpty() || s.length() > 4096) {
      throw bad(text, "empty or too long");
    }
    Digest digest = null;
    int at = s.indexOf('@');
    if (at >= 0) {
      try {
        digest = Digest.parse(s.substring(at + 1));
      } catch (IllegalArgumentException e) {
        throw bad(text, e.getMessage());
      }
      s = s.substring(0, at);
    }
    String tag = null;
    int slash = s.lastIndexOf('/');
    int colon = s.lastIndexOf(':');
    if (colon > slash) {
      tag = s.substring(colon + 1);
      s = s.substring(0, colon);
      if (!TAG.matcher(tag).matches()) {
        throw bad(text, "invalid tag '" + tag + "'");
      }
    }
    String registry = DOCKER_HUB;
    String repo = s;
    int first = s.indexOf('/');
    if (first > 0) {
      String head = s.substring(0, first);
      if (head.contains(".")
          || head.contains(":")
          || head.equals("localhost")
          || !head.equals(head.toLowerCase(java.util.Locale.ROOT))) {
        if (!DOMAIN.matcher(head).matches()) {
          throw bad(text, "invalid registry host '" + head + "'");
        }
        registry = head;
        repo = s.substring(first + 1);
      }
    }
    if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")) {
      registry = DOCKER_HUB;
    }
    if (registry.equals(DOCKER_HUB) && !repo.contains("/")) {
      repo = "library/" + repo;
    }
    for (String component : repo.split("/", -1)) {
      if (!COMPONENT.matcher(component).matches()) {
        throw bad(
            text, "invalid repository name '" + repo + "' (lowercase letters, digits, . _ -)");
      }
    }
    if (tag == null && digest == null) {
      tag = "latest";
    }
    return new ImageRef(registry, repo, tag, digest);
  }

  /** The same image pinned to a digest. */
  public ImageRef withDigest(Digest d) {
    return new ImageRef(registry, repository, tag, d);
  }

  /** What to ask the registry for: the digest when pinned, otherwise the tag. */
  public String reference() {
    return digest != null ? digest.toString() : java.util.Objects.requireNonNull(tag);
  }

  /** {@code registry/repository} without tag or digest. */
  public String name() {
    return registry + "/" + repository;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(name());
    if (tag != null) {
      b.append(':').append(tag);
    }
    if (digest != null) {
      b.append('@').append(digest);
    }
    return b.toString();
  }

  private static IllegalArgumentException bad(String text, @Nullable String why) {
    return new IllegalArgumentException("invalid image reference '" + text + "': " + why);
  }
}
