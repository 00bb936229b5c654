package dev.lashing.sbom;

import dev.lashing.model.Digest;
import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Platform;
import dev.lashing.model.Relationship;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Hand-made SBOMs covering every field: an image with Debian packages (dpkg Depends, a source
 * package, a maintainer), npm packages from a lockfile, licenses that are SPDX ids, compound
 * expressions and free text, and a directory with no OS.
 */
public final class Samples {
  public static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");
  public static final String SERIAL = "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79";
  static final Digest LAYER0 = digest('a');
  static final Digest LAYER1 = digest('b');

  private Samples() {}

  static Digest digest(char c) {
    return new Digest("sha256", String.valueOf(c).repeat(64));
  }

  public static Sbom image() {
    OsInfo os =
        new OsInfo(
            "debian",
            "12",
            "bookworm",
            "Debian GNU/Linux 12 (bookworm)",
            List.of(),
            "/etc/os-release");
    SbomSubject subject =
        new SbomSubject(
            SbomSubject.Kind.IMAGE,
            "docker.io/library/app:1.0",
            digest('1'),
            digest('2'),
            List.of("app:1.0", "app:latest"),
            Platform.parse("linux/amd64"),
            os);
    Location status = new Location("/var/lib/dpkg/status", LAYER0);
    Package bash =
        new Package(
            "0a1b2c3d4e5f6071",
            "bash",
            "5.2.15-2+b2",
            PackageType.DEB,
            "pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12",
            "debian",
            null,
            null,
            "amd64",
            List.of("GPL-3.0-or-later"),
            "Matthias Klose <doko@debian.org>",
            "dpkg-db-cataloger",
            List.of(status),
            Map.of("installedSize", "7164"));
    Package libc =
        new Package(
            "1122334455667788",
            "libc6",
            "2.36-9+deb12u4",
            PackageType.DEB,
            "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12",
            "debian",
            "glibc",
            null,
            "amd64",
            List.of(
                "LGPL-2.1-or-later", "GPL-2.0-only WITH Classpath-exception-2.0", "public-domain"),
            "GNU Libc Maintainers <debian-glibc@lists.debian.org>",
            "dpkg-db-cataloger",
            List.of(status),
            Map.of());
    Location lock = new Location("/app/package-lock.json", LAYER1);
    Package express =
        new Package(
            "aabbccddeeff0011",
            "express",
            "4.19.2",
            PackageType.NPM,
            "pkg:npm/express@4.19.2",
            null,
            null,
            null,
            null,
            List.of("MIT"),
            null,
            "javascript-lock-cataloger",
            List.of(lock, new Location("/app/node_modules/express/package.json", LAYER1)),
            Map.of("resolved", "https://registry.npmjs.org/express/-/express-4.19.2.tgz"));
    Package types =
        new Package(
            "ffeeddccbbaa9988",
            "@types/node",
            "20.11.5",
            PackageType.NPM,
            "pkg:npm/%40types/node@20.11.5",
            "@types",
            null,
            null,
            null,
            List.of("MIT OR Apache-2.0"),
            null,
            "javascript-lock-cataloger",
            List.of(lock),
            Map.of());
    return new Sbom(
        subject,
        List.of(types, express, libc, bash),
        List.of(
            new Relationship(bash.id(), libc.id(), Relationship.Kind.DEPENDS_ON),
            new Relationship(express.id(), types.id(), Relationship.Kind.DEPENDS_ON),
            new Relationship(express.id(), types.id(), Relationship.Kind.CONTAINS)),
        new Sbom.Tool("lashing", "0.1.0-SNAPSHOT"),
        CREATED,
        SERIAL);
  }

  public static Sbom directory() {
    Package jar =
        new Package(
            "0000000000000001",
            "guava",
            "33.0.0-jre",
            PackageType.MAVEN,
            "pkg:maven/com.google.guava/guava@33.0.0-jre",
            "com.google.guava",
            null,
            null,
            null,
            List.of(),
            null,
            "java-archive-cataloger",
            List.of(new Location("/opt/app/lib/guava-33.0.0-jre.jar", null)),
            Map.of("sha1", "161ba27964a62f241533807a46b8711b13c1d94b"));
    return new Sbom(
        SbomSubject.directory("/srv/rootfs", null),
        List.of(jar),
        List.of(),
        new Sbom.Tool("lashing", "0.1.0-SNAPSHOT"),
        CREATED,
        SERIAL);
  }
}
