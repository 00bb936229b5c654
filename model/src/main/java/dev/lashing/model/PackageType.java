package dev.lashing.model;

/**
 * The kind of a package, which decides its purl type and the vulnerability ecosystem it is matched
 * in. {@link #purlType()} is the package-url type; {@link #osvEcosystem()} the OSV name where the
 * ecosystem is not a distribution (distributions take the OS: {@code Debian:12}).
 */
public enum PackageType {
  DEB("deb", null),
  APK("apk", null),
  RPM("rpm", null),
  MAVEN("maven", "Maven"),
  NPM("npm", "npm"),
  PYPI("pypi", "PyPI"),
  GO_MODULE("golang", "Go"),
  CARGO("cargo", "crates.io"),
  NUGET("nuget", "NuGet"),
  COMPOSER("composer", "Packagist"),
  GEM("gem", "RubyGems"),
  BINARY("generic", null);

  private final String purlType;
  private final String osvEcosystem;

  PackageType(String purlType, String osvEcosystem) {
    this.purlType = purlType;
    this.osvEcosystem = osvEcosystem;
  }

  public String purlType() {
    return purlType;
  }

  /** The OSV ecosystem name for language packages; null for OS and binary packages. */
  public @org.jspecify.annotations.Nullable String osvEcosystem() {
    return osvEcosystem;
  }

  /** Whether the package belongs to the operating system (matched against the distro's feed). */
  public boolean isOs() {
    return this == DEB || this == APK || this == RPM;
  }
}
