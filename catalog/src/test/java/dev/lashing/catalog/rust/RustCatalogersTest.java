package dev.lashing.catalog.rust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogFixtures;
import dev.lashing.catalog.CatalogFixtures.Run;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RustCatalogersTest {
  private static final Path ROOT = CatalogFixtures.resource("catalog/rust");

  @Test
  void auditableElfMachoAndPe() throws Exception {
    Run run = CatalogFixtures.run(RustCatalogers.auditableBinaries(), ROOT);
    assertThat(run.warnings()).isEmpty();
    for (String bin : new String[] {"test-elf", "test-macho", "test.exe"}) {
      var inBinary =
          run.packages().stream()
              .filter(p -> p.locations().getFirst().path().equals("/usr/local/bin/" + bin))
              .map(Package::purl)
              .sorted()
              .toList();
      assertThat(inBinary)
          .as(bin)
          .containsExactly("pkg:cargo/crate_with_features@0.1.0", "pkg:cargo/library_crate@0.1.0");
    }
    assertThat(run.result().relationships()).hasSize(3);
  }

  @Test
  void cargoLock() throws Exception {
    Run run = CatalogFixtures.run(RustCatalogers.cargoLock(), ROOT);
    assertThat(run.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).startsWith("/broken/Cargo.lock: malformed TOML"));
    assertThat(
            run.packages().stream()
                .filter(p -> p.locations().getFirst().path().equals("/app/Cargo.lock")))
        .hasSize(8);
    var v3 =
        run.packages().stream()
            .filter(p -> p.locations().getFirst().path().equals("/app-v3/Cargo.lock"))
            .map(Package::purl)
            .toList();
    assertThat(v3)
        .hasSize(9)
        .contains("pkg:cargo/memchr@1.0.2", "pkg:cargo/memchr@2.5.0", "pkg:cargo/regex@1.7.3");
    Package regex =
        run.packages().stream()
            .filter(p -> p.purl().equals("pkg:cargo/regex@1.7.3"))
            .findFirst()
            .orElseThrow();
    Package memchr =
        run.packages().stream()
            .filter(p -> p.purl().equals("pkg:cargo/memchr@2.5.0"))
            .findFirst()
            .orElseThrow();
    assertThat(run.result().relationships())
        .contains(new Relationship(regex.id(), memchr.id(), Relationship.Kind.DEPENDS_ON));
  }
}
