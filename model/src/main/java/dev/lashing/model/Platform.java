package dev.lashing.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An OCI platform: {@code os/architecture[/variant]}, e.g. {@code linux/arm64/v8}. */
public record Platform(String os, String architecture, @Nullable String variant) {

  public Platform {
    if (os.isBlank() || architecture.isBlank()) {
      throw new IllegalArgumentException("platform needs an os and an architecture");
    }
  }

  /** Parses {@code os/arch[/variant]}; the os may be omitted ({@code arm64} means linux/arm64). */
  public static Platform parse(String text) {
    String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/", -1);
    return switch (parts.length) {
      case 1 -> new Platform("linux", normalizeArch(parts[0]), null);
      case 2 -> new Platform(parts[0], normalizeArch(parts[1]), null);
      case 3 ->
          new Platform(parts[0], normalizeArch(parts[1]), parts[2].isEmpty() ? null : parts[2]);
      default ->
          throw new IllegalArgumentException(
              "malformed platform '" + text + "': expected os/arch[/variant], e.g. linux/amd64");
    };
  }

  /** The platform of this JVM, in OCI spelling (containers run Linux even on other hosts). */
  public static Platform host() {
    return new Platform("linux", normalizeArch(System.getProperty("os.arch", "amd64")), null);
  }

  static String normalizeArch(String arch) {
    return switch (arch) {
      case "x86_64", "x86-64", "amd64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      case "i386", "i686", "x86", "386" -> "386";
      default -> arch;
    };
  }

  /**
   * Whether an image built for {@code candidate} serves a request for this platform. A request
   * without a variant accepts any variant; arm64 treats a missing variant as v8.
   */
  public boolean accepts(Platform candidate) {
    if (!os.equals(candidate.os) || !architecture.equals(candidate.architecture)) {
      return false;
    }
    if (variant == null) {
      return true;
    }
    String theirs = candidate.variant;
    if (theirs == null && architecture.equals("arm64")) {
      theirs = "v8";
    }
    return variant.equals(theirs);
  }

  @Override
  public String toString() {
    return variant == null ? os + "/" + architecture : os + "/" + architecture + "/" + variant;
  }
}
