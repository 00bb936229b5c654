package dev.lashing.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code lashing --version}: the version from the jar manifest, and the Java runtime. */
final class VersionInfo implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "lashing " + (v == null ? "development build" : v),
      "java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown") + ")"
    };
  }
}
