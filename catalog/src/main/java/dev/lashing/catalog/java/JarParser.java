package dev.lashing.catalog.java;

import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Relationship;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Parses one Java archive (bytes) and the archives nested in it into Maven packages. The archive's
 * own package ("main") is the {@code pom.properties} naming the file, the only one, or the
 * manifest/file-name fallback; other {@code pom.properties} (shaded jars) and nested archives are
 * packages it CONTAINS.
 */
final class JarParser {
  private final ArchiveLimits limits;
  private final String foundBy;

  JarParser(ArchiveLimits limits, String foundBy) {
    this.limits = limits;
    this.foundBy = foundBy;
  }

  CatalogResult parse(Location location, byte[] content) throws MalformedFileException {
    List<Package> packages = new ArrayList<>();
    List<Relationship> relationships = new ArrayList<>();
    ZipReader reader = new ZipReader(limits, location.path());
    try {
      Archive top = read(content, reader, 0);
      if (top.entries() == 0) {
        throw new MalformedFileException("not a zip archive (no entries)");
      }
      identify(top, location, 0, reader, packages, relationships);
    } catch (IOException e) {
      throw new MalformedFileException("corrupt archive: " + e.getMessage(), e);
    }
    return new CatalogResult(packages, relationships, Set.of());
  }

  /** What one archive holds, before identification. */
  private record Archive(
      byte[] sha1Source,
      int entries,
      byte @Nullable [] manifest,
      Map<String, byte[]> pomProperties,
      Map<String, byte[]> nested) {}

  private Archive read(byte[] content, ZipReader reader, int depth)
      throws IOException, MalformedFileException {
    byte[] manifest = null;
    Map<String, byte[]> poms = new LinkedHashMap<>();
    Map<String, byte[]> nested = new LinkedHashMap<>();
    int entries = 0;
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        reader.countEntry();
        entries++;
        String name = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        if (name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
          manifest = reader.read(zin, limits.maxMetadataBytes());
        } else if (name.startsWith("META-INF/") && name.endsWith("/pom.properties")) {
          byte[] b = reader.read(zin, limits.maxMetadataBytes());
          if (b != null) {
            poms.put(name, b);
          }
        } else if (depth < limits.maxDepth() && JavaCatalogers.isArchive("/" + name)) {
          byte[] b = reader.read(zin, limits.maxArchiveBytes());
          if (b != null) {
            nested.put(name, b);
          }
        } else {
          reader.drain(zin);
        }
      }
    }
    return new Archive(content, entries, manifest, poms, nested);
  }

  private @Nullable Package identify(
      Archive archive,
      Location where,
      int depth,
      ZipReader reader,
      List<Package> packages,
      List<Relationship> relationships)
      throws MalformedFileException {
    String fileName = where.path().substring(where.path().lastIndexOf('/') + 1);
    String stem = stem(fileName);
    Manifest manifest = MavenCoordinates.manifest(archive.manifest());
    List<MavenCoordinates> poms = new ArrayList<>();
    for (byte[] b : archive.pomProperties().values()) {
      MavenCoordinates.fromPomProperties(b).ifPresent(poms::add);
    }
    MavenCoordinates main =
        poms.stream().filter(c -> MavenCoordinates.namesFile(c, stem)).findFirst().orElse(null);
    if (main == null && poms.size() == 1) {
      main = poms.getFirst();
    }
    if (main == null) {
      Optional<MavenCoordinates> fallback = MavenCoordinates.fromManifest(manifest, fileName);
      main = fallback.orElse(null);
    }
    Package mainPackage = null;
    if (main != null) {
      mainPackage = toPackage(main, where, manifest, sha1(archive.sha1Source()));
      packages.add(mainPackage);
    }
    for (MavenCoordinates c : poms) {
      if (c == main) {
        continue;
      }
      Package shaded = toPackage(c, where, null, null);
      packages.add(shaded);
      if (mainPackage != null) {
        relationships.add(
            new Relationship(mainPackage.id(), shaded.id(), Relationship.Kind.CONTAINS));
      }
    }
    for (Map.Entry<String, byte[]> n : archive.nested().entrySet()) {
      Location inner = new Location(where.path() + "!/" + n.getKey(), where.layer());
      Archive a;
      try {
        a = read(n.getValue(), reader, depth + 1);
      } catch (IOException e) {
        continue; // a corrupt nested archive hides nothing we could report reliably
      }
      Package nestedMain = identify(a, inner, depth + 1, reader, packages, relationships);
      if (mainPackage != null && nestedMain != null) {
        relationships.add(
            new Relationship(mainPackage.id(), nestedMain.id(), Relationship.Kind.CONTAINS));
      }
    }
    return mainPackage;
  }

  private Package toPackage(
      MavenCoordinates c, Location where, @Nullable Manifest manifest, @Nullable String sha1)
      throws MalformedFileException {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("source", c.source());
    metadata.put("virtualPath", where.path());
    if (sha1 != null) {
      metadata.put("sha1", sha1);
    }
    List<String> licenses = List.of();
    String supplier = null;
    if (manifest != null) {
      var a = manifest.getMainAttributes();
      String lic = a.getValue("Bundle-License");
      if (lic != null && !lic.isBlank()) {
        licenses = List.of(lic.strip());
      }
      supplier = a.getValue("Implementation-Vendor");
      if (supplier == null) {
        supplier = a.getValue("Bundle-Vendor");
      }
    }
    return LanguagePackages.of(
        PackageType.MAVEN,
        c.groupId(),
        c.artifactId(),
        c.version(),
        licenses,
        supplier,
        foundBy,
        where,
        metadata);
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  static String sha1(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
