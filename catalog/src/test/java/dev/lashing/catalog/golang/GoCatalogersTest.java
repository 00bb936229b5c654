package dev.lashing.catalog.golang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogFixtures;
import dev.lashing.catalog.CatalogFixtures.Run;
import dev.lashing.model.Relationship;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoCatalogersTest {
  private static final Path ROOT = CatalogFixtures.resource("catalog/golang");

  @TempDir Path dir;

  @Test
  void inlineBuildInfoOfRealBinaries() throws Exception {
    Run run = CatalogFixtures.run(GoCatalogers.binaries(), ROOT);
    assertThat(run.warnings()).isEmpty();
    // ldflags: main module (devel) stamped v1.0.0 by -X main.version; goexperiment: no module
    assertThat(run.purls())
        .containsExactly(
            "pkg:golang/github.com/aquasecurity/test@v1.0.0",
            "pkg:golang/stdlib@1.22.1",
            "pkg:golang/stdlib@1.22.1");
    var main = run.named("github.com/aquasecurity/test");
    assertThat(main.metadata())
        .containsEntry("GOOS", "linux")
        .containsEntry("GOARCH", "amd64")
        .containsEntry("vcs.revision", "9640d75c13845419f5797e2e3ac3475f8d801d79");
    assertThat(run.result().relationships()).hasSize(1);
  }

  @Test
  void pointerFormatWithReplacements() throws Exception {
    String mod =
        "path\texample.com/app\n"
            + "mod\texample.com/app\tv0.3.0\th1:abc=\n"
            + "dep\tgithub.com/x/y\tv1.2.3\th1:def=\n"
            + "dep\tgolang.org/x/net\tv0.1.0\th1:ghi=\n"
            + "=>\tgithub.com/fork/net\tv0.1.1\th1:jkl=\n"
            + "dep\texample.com/local\tv0.0.0\n"
            + "=>\t../local\t\t\n";
    Path bin = dir.resolve("app");
    Files.write(bin, SyntheticElf.goBinary("go1.16.3", mod));
    Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
    Run run = CatalogFixtures.run(GoCatalogers.binaries(), dir);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.purls())
        .containsExactly(
            "pkg:golang/example.com/app@v0.3.0",
            "pkg:golang/example.com/local@v0.0.0",
            "pkg:golang/github.com/fork/net@v0.1.1",
            "pkg:golang/github.com/x/y@v1.2.3",
            "pkg:golang/stdlib@1.16.3");
    assertThat(run.named("github.com/fork/net").metadata())
        .containsEntry("replaces", "golang.org/x/net");
    assertThat(run.named("example.com/local").metadata()).containsEntry("replacedBy", "../local");
    var app = run.named("example.com/app");
    assertThat(run.result().relationships())
        .hasSize(4)
        .allMatch(r -> r.from().equals(app.id()) && r.kind() == Relationship.Kind.CONTAINS);
  }

  @Test
  void corruptBinariesAreWarnings() throws Exception {
    byte[] elf = SyntheticElf.goBinary("go1.16.3", "path\tx\nmod\tx\tv1\t\n");
    java.nio.ByteBuffer.wrap(elf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(0x210, -1L);
    Path bin = dir.resolve("broken");
    Files.write(bin, elf);
    Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
    Run run = CatalogFixtures.run(GoCatalogers.binaries(), dir);
    assertThat(run.packages()).isEmpty();
    assertThat(run.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).startsWith("/broken: "));
  }

  @Test
  void goModRequirementsWithReplacements() throws Exception {
    Run run = CatalogFixtures.run(GoCatalogers.modFiles(), ROOT);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.purls())
        .containsExactlyInAnyOrder(
            "pkg:golang/github.com/adrg/xdg@v0.2.1",
            "pkg:golang/github.com/anchore/go-testutils@v0.0.0-20200624184116-66aa578126db",
            "pkg:golang/github.com/anchore/go-version@v1.2.2-0.20200701162849-18adb9c92b9b",
            "pkg:golang/github.com/anchore/stereoscope@v0.0.0-20200706164556-7cf39d7f4639",
            "pkg:golang/github.com/anchore/archiver/v3@v3.5.2",
            "pkg:golang/github.com/bmatcuk/doublestar@v8.8.8",
            "pkg:golang/github.com/go-test/deep@v1.0.6",
            "pkg:golang/rsc.io/quote@v1.5.2",
            "pkg:golang/rsc.io/sampler@v1.3.1",
            "pkg:golang/golang.org/x/text@v0.0.0-20170915032832-14c0d48ead0c");
  }
}
