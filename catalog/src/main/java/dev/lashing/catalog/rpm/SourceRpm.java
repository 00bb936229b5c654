package dev.lashing.catalog.rpm;

import org.jspecify.annotations.Nullable;

/**
 * A SOURCERPM value split into name and {@code version-release}: {@code bash-4.4.20-4.el8.src.rpm}
 * → {@code bash}, {@code 4.4.20-4.el8}.
 */
record SourceRpm(String name, String versionRelease) {

  static @Nullable SourceRpm parse(@Nullable String sourceRpm) {
    if (sourceRpm == null) {
      return null;
    }
    String s = sourceRpm.strip();
    for (String suffix : new String[] {".src.rpm", ".nosrc.rpm"}) {
      if (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
      }
    }
    int rel = s.lastIndexOf('-');
    int ver = rel <= 0 ? -1 : s.lastIndexOf('-', rel - 1);
    if (ver <= 0) {
      return null;
    }
    return new SourceRpm(s.substring(0, ver), s.substring(ver + 1));
  }
}
