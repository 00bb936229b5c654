package dev.lashing.catalog.distro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.model.OsInfo;
import dev.lashing.model.PackageType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistroTest {
  private static OsInfo os(String id, String version) {
    return new OsInfo(id, version, null, null, List.of(), "/etc/os-release");
  }

  @Test
  void namespaceAndQualifierFromTheDetectedOs() {
    assertThat(Distro.of(os("debian", "12"), "debian"))
        .isEqualTo(new Distro("debian", "debian-12"));
    assertThat(Distro.of(os("rhel", "8.10"), "redhat"))
        .isEqualTo(new Distro("redhat", "rhel-8.10"));
    assertThat(Distro.of(null, "alpine")).isEqualTo(new Distro("alpine", null));
    assertThat(Distro.of(new OsInfo("debian", null, "bookworm", null, List.of(), "x"), "debian"))
        .isEqualTo(new Distro("debian", "debian-bookworm"));
  }

  @Test
  void purlsFollowTheSpecExamples() throws Exception {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("arch", "amd64");
    q.put("upstream", null);
    assertThat(new Distro("debian", "debian-12").purl(PackageType.DEB, "bash", "5.2.15-2", q))
        .isEqualTo("pkg:deb/debian/bash@5.2.15-2?arch=amd64&distro=debian-12");
    Map<String, String> r = new LinkedHashMap<>();
    r.put("arch", "x86_64");
    r.put("epoch", "1");
    r.put("upstream", "bash-4.4.20-4.el8.src.rpm");
    assertThat(new Distro("redhat", "rhel-8.10").purl(PackageType.RPM, "bash", "4.4.20-4.el8", r))
        .isEqualTo(
            "pkg:rpm/redhat/bash@4.4.20-4.el8?arch=x86_64&distro=rhel-8.10&epoch=1"
                + "&upstream=bash-4.4.20-4.el8.src.rpm");
  }

  @Test
  void pathsAreAbsoluteAndNormalized() {
    assertThat(OsPaths.normalize("usr/bin/x")).isEqualTo("/usr/bin/x");
    assertThat(OsPaths.normalize("/usr//lib/./a/../b")).isEqualTo("/usr/lib/b");
    assertThat(OsPaths.normalize("/../../etc")).isEqualTo("/etc");
    assertThat(OsPaths.normalize("/.")).isNull();
  }
}
