package dev.lashing.catalog.java;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maven coordinates of an archive, from {@code pom.properties}, the manifest, or its file name.
 *
 * @param groupId the group (the artifact id when nothing better is known)
 * @param artifactId the artifact
 * @param version the version
 * @param source where they came from: {@code pom.properties}, {@code manifest} or {@code file-name}
 */
record MavenCoordinates(String groupId, String artifactId, String version, String source) {

  private static final Pattern NAME_VERSION =
      Pattern.compile("^(.+?)-(\\d[\\w.+~-]*?)(?:\\.(?:jar|war|ear|par|hpi|jpi))?$");

  static Optional<MavenCoordinates> fromPomProperties(byte[] content) {
    Properties p = new Properties();
    try {
      p.load(new ByteArrayInputStream(content));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    String g = trim(p.getProperty("groupId"));
    String a = trim(p.getProperty("artifactId"));
    String v = trim(p.getProperty("version"));
    if (g == null || a == null || v == null) {
      return Optional.empty();
    }
    return Optional.of(new MavenCoordinates(g, a, v, "pom.properties"));
  }

  static @Nullable Manifest manifest(byte @Nullable [] content) {
    if (content == null) {
      return null;
    }
    try {
      return new Manifest(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Coordinates from the manifest, falling back to the archive's file name. */
  static Optional<MavenCoordinates> fromManifest(@Nullable Manifest m, String fileName) {
    Attributes a = m == null ? new Attributes() : m.getMainAttributes();
    Matcher fm = NAME_VERSION.matcher(fileName);
    String fileArtifact = fm.matches() ? fm.group(1) : null;
    String fileVersion = fm.matches() ? fm.group(2) : null;
    String symbolic = bundleName(a.getValue("Bundle-SymbolicName"));
    String artifact =
        first(
            fileArtifact,
            stem(fileName).contains(" ") ? null : stem(fileName),
            symbolic == null ? null : symbolic.substring(symbolic.lastIndexOf('.') + 1),
            a.getValue("Implementation-Title"));
    String version =
        first(
            a.getValue("Implementation-Version"),
            a.getValue("Bundle-Version"),
            a.getValue("Specification-Version"),
            fileVersion);
    if (artifact == null || version == null || artifact.contains(" ")) {
      return Optional.empty();
    }
    String group = first(a.getValue("Implementation-Vendor-Id"), groupOf(symbolic, artifact));
    String source = m != null && fileVersion == null ? "manifest" : "file-name";
    return Optional.of(
        new MavenCoordinates(group == null ? artifact : group, artifact, version, source));
  }

  /** Whether {@code stem} (a file name without extension) names these coordinates. */
  static boolean namesFile(MavenCoordinates c, String stem) {
    String f = stem.toLowerCase(Locale.ROOT);
    String a = c.artifactId().toLowerCase(Locale.ROOT);
    return f.equals(a) || f.startsWith(a + "-" + c.version().toLowerCase(Locale.ROOT));
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static @Nullable String bundleName(@Nullable String symbolic) {
    if (symbolic == null) {
      return null;
    }
    int semi = symbolic.indexOf(';');
    return trim(semi < 0 ? symbolic : symbolic.substring(0, semi));
  }

  private static @Nullable String groupOf(@Nullable String symbolic, String artifact) {
    if (symbolic == null) {
      return null;
    }
    if (symbolic.endsWith("." + artifact)) {
      return symbolic.substring(0, symbolic.length() - artifact.length() - 1);
    }
    int dot = symbolic.lastIndexOf('.');
    return dot > 0 ? symbolic.substring(0, dot) : null;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      String t = trim(v);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static @Nullable String trim(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
