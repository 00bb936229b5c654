package dev.lashing.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.distro.OsFixtures;
import dev.lashing.catalog.distro.OsFixtures.Run;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RpmCatalogerTest {
  private static final OsInfo RHEL =
      new OsInfo("rhel", "8.10", null, null, List.of("fedora"), "/etc/os-release");

  private static Package named(Run run, String name) {
    return run.result().packages().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void berkeleyDbHashWithOverflowPages() throws Exception {
    Run run = OsFixtures.run(new RpmCataloger(), OsFixtures.view("catalog/rpm/bdb"), RHEL);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.result().packages()).singleElement().satisfies(RpmCatalogerTest::isDive);
    assertThat(run.result().ownedPaths()).containsExactly("/usr/local/bin/dive");
  }

  private static void isDive(Package dive) {
    assertThat(dive.name()).isEqualTo("dive");
    assertThat(dive.version()).isEqualTo("0.9.2-1");
    assertThat(dive.arch()).isEqualTo("x86_64");
    assertThat(dive.licenses()).containsExactly("MIT");
    assertThat(dive.sourceName()).isNull();
    assertThat(dive.purl())
        .isEqualTo(
            "pkg:rpm/redhat/dive@0.9.2-1?arch=x86_64&distro=rhel-8.10&upstream=dive-0.9.2-1.src.rpm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalog/rpm/sqlite", "catalog/rpm/ndb"})
  void sqliteAndNdbDatabases(String fixture) throws Exception {
    Run run = OsFixtures.run(new RpmCataloger(), OsFixtures.view(fixture), RHEL);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.result().packages())
        .extracting(p -> p.name() + " " + p.version() + " " + p.arch())
        .containsExactly(
            "dive 0.9.2-1 x86_64",
            "bash 4.4.20-4.el8 x86_64",
            "hello-lashing 2:1.4-3.el9 noarch",
            "libhello 2:1.4-3.el9 noarch");
    isDive(named(run, "dive"));
    Package hello = named(run, "hello-lashing");
    assertThat(hello.purl())
        .isEqualTo(
            "pkg:rpm/redhat/hello-lashing@1.4-3.el9?arch=noarch&distro=rhel-8.10&epoch=2"
                + "&upstream=hello-lashing-1.4-3.el9.src.rpm");
    assertThat(hello.licenses()).containsExactly("GPLv3+ and MIT");
    assertThat(hello.supplier()).isEqualTo("Lashing Project");
    assertThat(hello.metadata()).containsEntry("epoch", "2");
    Package lib = named(run, "libhello");
    assertThat(lib.sourceName()).isEqualTo("hello-lashing");
    assertThat(lib.sourceVersion()).isNull();
    Package bash = named(run, "bash");
    assertThat(run.result().relationships())
        .anyMatch(r -> r.from().equals(hello.id()) && r.to().equals(bash.id()));
    assertThat(run.result().ownedPaths())
        .containsExactlyInAnyOrder(
            "/usr/local/bin/dive",
            "/usr/bin/bash",
            "/usr/bin/hello-lashing",
            "/usr/share/hello",
            "/usr/share/hello/greeting.txt",
            "/usr/lib/libhello.txt");
    assertThat(hello.locations().getFirst().path()).startsWith("/");
  }

  @Test
  void fallsBackToRedhatWithoutADetectedOs() throws Exception {
    Run run = OsFixtures.run(new RpmCataloger(), OsFixtures.view("catalog/rpm/bdb"), null);
    assertThat(run.result().packages().getFirst().purl())
        .isEqualTo("pkg:rpm/redhat/dive@0.9.2-1?arch=x86_64&upstream=dive-0.9.2-1.src.rpm");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bdb/var/lib/rpm/Packages",
        "ndb/usr/lib/sysimage/rpm/Packages.db",
        "sqlite/var/lib/rpm/rpmdb.sqlite"
      })
  void truncatedDatabasesAreSkippedWithAWarning(String db, @TempDir Path root) throws Exception {
    byte[] real = Files.readAllBytes(OsFixtures.dir("catalog/rpm/" + db));
    Path target = root.resolve("var/lib/rpm").resolve(Path.of(db).getFileName());
    Files.createDirectories(target.getParent());
    Files.write(target, Arrays.copyOf(real, real.length / 2 + 7));
    Run run = OsFixtures.run(new RpmCataloger(), OsFixtures.view(root), null);
    assertThat(run.warnings())
        .isNotEmpty()
        .allMatch(w -> w.contains("rpm-db-cataloger") && w.contains("/var/lib/rpm/"));
  }
}
