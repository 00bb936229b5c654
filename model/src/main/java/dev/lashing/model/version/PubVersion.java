package dev.lashing.model.version;

/**
 * Dart Pub: SemVer, except that build metadata orders too: a version without build sorts before the
 * same version with one, and build identifiers compare like pre-release identifiers ({@code 1.2.3+1
 * < 1.2.3+a}). Reading and fallback as {@link SemverVersion}.
 */
final class PubVersion {
  private PubVersion() {}

  static int compare(String a, String b) {
    SemverVersion x = SemverVersion.parse(a);
    SemverVersion y = SemverVersion.parse(b);
    int c = x.compareTo(y);
    if (c != 0) {
      return c;
    }
    if (x.build().isEmpty() || y.build().isEmpty()) {
      return Boolean.compare(!x.build().isEmpty(), !y.build().isEmpty());
    }
    return SemverVersion.compareIdentifiers(x.build(), y.build(), false);
  }
}
