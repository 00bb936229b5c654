package dev.lashing.catalog.dpkg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.distro.OsFixtures;
import dev.lashing.catalog.distro.OsFixtures.Run;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.OsDetection;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpkgCatalogerTest {
  private static final OsInfo UBUNTU =
      new OsInfo("ubuntu", "18.04", "bionic", null, List.of("debian"), "/etc/os-release");

  private static Package named(Run run, String name) {
    return run.result().packages().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void packageSetEqualsDpkgQuery() throws Exception {
    Run run =
        OsFixtures.run(new DpkgCataloger(), OsFixtures.view("catalog/dpkg/ubuntu-status"), UBUNTU);
    Set<String> expected =
        Files.readAllLines(OsFixtures.dir("catalog/dpkg/ubuntu-status.dpkg-query.txt")).stream()
            .filter(l -> !l.isBlank())
            .collect(Collectors.toSet());
    Set<String> actual =
        run.result().packages().stream()
            .map(p -> p.name() + " " + p.version() + " " + p.arch())
            .collect(Collectors.toSet());
    assertThat(actual).isEqualTo(expected).hasSize(91);
    assertThat(run.warnings()).isEmpty();
  }

  @Test
  void recordsSourceEpochArchMaintainerAndPurl() throws Exception {
    Run run =
        OsFixtures.run(new DpkgCataloger(), OsFixtures.view("catalog/dpkg/ubuntu-status"), UBUNTU);
    Package fdisk = named(run, "fdisk");
    assertThat(fdisk.version()).isEqualTo("2.31.1-0.4ubuntu3.1");
    assertThat(fdisk.sourceName()).isEqualTo("util-linux");
    assertThat(fdisk.sourceVersion()).isNull();
    assertThat(fdisk.arch()).isEqualTo("amd64");
    assertThat(fdisk.namespace()).isEqualTo("ubuntu");
    assertThat(fdisk.supplier())
        .isEqualTo("Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>");
    assertThat(fdisk.foundBy()).isEqualTo("dpkg-db-cataloger");
    assertThat(fdisk.locations()).extracting(l -> l.path()).containsExactly("/var/lib/dpkg/status");
    assertThat(fdisk.purl())
        .isEqualTo(
            "pkg:deb/ubuntu/fdisk@2.31.1-0.4ubuntu3.1?arch=amd64&distro=ubuntu-18.04&upstream=util-linux");
    Package git = named(run, "git");
    assertThat(git.version()).isEqualTo("1:2.20.1-2+deb10u3");
    assertThat(git.metadata()).containsEntry("status", "deinstall ok config-files");
    Package liblzma = named(run, "liblzma5");
    assertThat(liblzma.sourceName()).isEqualTo("xz-utils");
    assertThat(liblzma.sourceVersion()).isEqualTo("5.1.1alpha+20120614-2");
    assertThat(liblzma.purl()).contains("upstream=xz-utils%405.1.1alpha%2B20120614-2");
  }

  @Test
  void dependsBecomeRelationsThroughAlternativesAndProvides() throws Exception {
    Run run =
        OsFixtures.run(new DpkgCataloger(), OsFixtures.view("catalog/dpkg/ubuntu-status"), UBUNTU);
    String fdisk = named(run, "fdisk").id();
    Set<String> deps =
        run.result().relationships().stream()
            .filter(r -> r.from().equals(fdisk))
            .peek(r -> assertThat(r.kind()).isEqualTo(Relationship.Kind.DEPENDS_ON))
            .map(
                r ->
                    run.result().packages().stream()
                        .filter(p -> p.id().equals(r.to()))
                        .findFirst()
                        .orElseThrow()
                        .name())
            .collect(Collectors.toSet());
    assertThat(deps).contains("libc6", "libfdisk1", "libmount1", "libsmartcols1");
    assertThat(run.result().relationships()).hasSizeGreaterThan(100);
  }

  @Test
  void distrolessStatusDirWithMd5sumsAndCopyright() throws Exception {
    FileResolver files = OsFixtures.view("catalog/dpkg/distroless");
    OsInfo os = OsDetection.detect(files).orElseThrow();
    Run run = OsFixtures.run(new DpkgCataloger(), files, os);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.result().packages()).hasSize(1);
    Package p = run.result().packages().getFirst();
    assertThat(p.name()).isEqualTo("libsqlite3-0");
    assertThat(p.version()).isEqualTo("3.34.1-3");
    assertThat(p.arch()).isEqualTo("arm64");
    assertThat(p.sourceName()).isEqualTo("sqlite3");
    assertThat(p.licenses()).containsExactly("GPL-2+", "public-domain");
    assertThat(p.locations())
        .extracting(l -> l.path())
        .containsExactly("/var/lib/dpkg/status.d/libsqlite3-0");
    assertThat(p.purl()).startsWith("pkg:deb/debian/libsqlite3-0@3.34.1-3?arch=arm64");
    assertThat(run.result().ownedPaths())
        .contains(
            "/usr/lib/aarch64-linux-gnu/libsqlite3.so.0.8.6",
            "/usr/share/doc/libsqlite3-0/README.Debian");
  }

  @Test
  void infoMd5sumsAndConffilesAreOwned() throws Exception {
    FileResolver files = OsFixtures.view("catalog/dpkg/with-info");
    Run run = OsFixtures.run(new DpkgCataloger(), files, OsDetection.detect(files).orElseThrow());
    assertThat(run.result().packages()).extracting(Package::name).containsExactly("libpam-runtime");
    Package p = run.result().packages().getFirst();
    assertThat(p.purl())
        .isEqualTo(
            "pkg:deb/debian/libpam-runtime@1.1.8-3.6?arch=all&distro=debian-12&upstream=pam");
    assertThat(p.licenses()).containsExactly("GPL-2", "LGPL-2.1");
    assertThat(run.result().ownedPaths())
        .contains("/etc/pam.conf", "/etc/pam.d/other", "/lib/x86_64-linux-gnu/libz.so.1.2.11");
  }

  @Test
  void infoListWithArchQualifier(@TempDir Path root) throws Exception {
    Path dpkg = Files.createDirectories(root.resolve("var/lib/dpkg/info"));
    Files.writeString(
        root.resolve("var/lib/dpkg/status"),
        "Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9\n\n"
            + "Package: gone\nStatus: purge ok not-installed\nArchitecture: amd64\n");
    Files.writeString(
        dpkg.resolve("libc6:amd64.list"), "/.\n/lib\n/lib/x86_64-linux-gnu/libc.so.6\n");
    Run run = OsFixtures.run(new DpkgCataloger(), OsFixtures.view(root), null);
    assertThat(run.result().packages()).extracting(Package::name).containsExactly("libc6");
    assertThat(run.result().ownedPaths())
        .containsExactlyInAnyOrder("/lib", "/lib/x86_64-linux-gnu/libc.so.6");
    assertThat(run.result().packages().getFirst().purl())
        .isEqualTo("pkg:deb/debian/libc6@2.36-9?arch=amd64");
  }

  @Test
  void malformedStatusIsSkippedWithAWarningNamingIt(@TempDir Path root) throws Exception {
    Path dpkg = Files.createDirectories(root.resolve("var/lib/dpkg"));
    Files.write(
        dpkg.resolve("status"),
        "Package: a\nthis is not a field\n".getBytes(StandardCharsets.UTF_8));
    Run run = OsFixtures.run(new DpkgCataloger(), OsFixtures.view(root), null);
    assertThat(run.result().packages()).isEmpty();
    assertThat(run.warnings())
        .singleElement()
        .asString()
        .contains("dpkg-db-cataloger", "/var/lib/dpkg/status", "line 2");
  }
}
