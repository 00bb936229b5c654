package dev.lashing.image.fs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.Limits;
import dev.lashing.model.OsInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OsDetectionTest {

  private static OsInfo detect(TarBuilder tar) throws Exception {
    FileResolver fs =
        FileViews.index(MemoryImage.of(false, tar.build()), Limits.DEFAULTS).squashed();
    return OsDetection.detect(fs).orElseThrow();
  }

  /** Debian bookworm's /usr/lib/os-release, behind the /etc/os-release symlink Debian ships. */
  @Test
  void debianOsReleaseThroughSymlink() throws Exception {
    String text =
        """
        PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
        NAME="Debian GNU/Linux"
        VERSION_ID="12"
        VERSION="12 (bookworm)"
        VERSION_CODENAME=bookworm
        ID=debian
        HOME_URL="https://www.debian.org/"
        """;
    OsInfo os =
        detect(
            new TarBuilder()
                .file("usr/lib/os-release", text)
                .symlink("etc/os-release", "../usr/lib/os-release")
                .file("etc/debian_version", "12.5\n"));
    assertThat(os)
        .isEqualTo(
            new OsInfo(
                "debian",
                "12",
                "bookworm",
                "Debian GNU/Linux 12 (bookworm)",
                List.of(),
                "/usr/lib/os-release"));
  }

  @Test
  void etcOsReleaseWins() throws Exception {
    OsInfo os =
        detect(
            new TarBuilder()
                .file("etc/os-release", "ID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"24.04\"\n")
                .file("usr/lib/os-release", "ID=other\n"));
    assertThat(os.id()).isEqualTo("ubuntu");
    assertThat(os.idLike()).containsExactly("debian");
    assertThat(os.source()).isEqualTo("/etc/os-release");
  }

  @Test
  void parsesQuotesEscapesAndComments() {
    Map<String, String> kv =
        OsRelease.parse(
            """
            # comment
            ID_LIKE="rhel centos fedora"
            NAME='Single Quoted'
            PRETTY_NAME="Say \\"hi\\" \\$HOME \\\\ done"
            VERSION=1.2 # trailing comment
              BROKEN="unbalanced
            =novalue
            9BAD=x
            """);
    assertThat(kv)
        .containsEntry("ID_LIKE", "rhel centos fedora")
        .containsEntry("NAME", "Single Quoted")
        .containsEntry("PRETTY_NAME", "Say \"hi\" $HOME \\ done")
        .containsEntry("VERSION", "1.2")
        .doesNotContainKeys("BROKEN", "9BAD", "");
  }

  @Test
  void alpineRelease() throws Exception {
    OsInfo os = detect(new TarBuilder().file("etc/alpine-release", "3.20.3\n"));
    assertThat(os.id()).isEqualTo("alpine");
    assertThat(os.versionId()).isEqualTo("3.20.3");
    assertThat(os.source()).isEqualTo("/etc/alpine-release");
  }

  @Test
  void redhatAndCentosRelease() throws Exception {
    OsInfo centos =
        detect(
            new TarBuilder().file("etc/centos-release", "CentOS Linux release 7.9.2009 (Core)\n"));
    assertThat(centos.id()).isEqualTo("centos");
    assertThat(centos.versionId()).isEqualTo("7.9.2009");
    OsInfo rhel =
        detect(
            new TarBuilder()
                .file(
                    "etc/redhat-release", "Red Hat Enterprise Linux Server release 7.9 (Maipo)\n"));
    assertThat(rhel.id()).isEqualTo("rhel");
    assertThat(rhel.source()).isEqualTo("/etc/redhat-release");
  }

  @Test
  void debianVersionAndDistroless() throws Exception {
    OsInfo debian = detect(new TarBuilder().file("etc/debian_version", "11.9\n"));
    assertThat(debian.id()).isEqualTo("debian");
    assertThat(debian.versionId()).isEqualTo("11");
    OsInfo sid = detect(new TarBuilder().file("etc/debian_version", "trixie/sid\n"));
    assertThat(sid.versionCodename()).isEqualTo("trixie");
    OsInfo distroless =
        detect(
            new TarBuilder()
                .dir("var/lib/dpkg/status.d")
                .file("var/lib/dpkg/status.d/base", "Package: base-files\n"));
    assertThat(distroless.id()).isEqualTo("debian");
    assertThat(distroless.source()).isEqualTo("/var/lib/dpkg/status.d");
  }

  @Test
  void nothingToGoBy() throws Exception {
    FileResolver fs =
        FileViews.index(
                MemoryImage.of(false, new TarBuilder().file("bin/sh", "x").build()),
                Limits.DEFAULTS)
            .squashed();
    assertThat(OsDetection.detect(fs)).isEmpty();
  }
}
