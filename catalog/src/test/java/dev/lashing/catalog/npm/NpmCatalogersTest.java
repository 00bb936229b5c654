package dev.lashing.catalog.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogFixtures;
import dev.lashing.catalog.CatalogFixtures.Run;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NpmCatalogersTest {
  private static final Path ROOT = CatalogFixtures.resource("catalog/npm");

  private static long count(Run run, String lockDir) {
    return run.packages().stream()
        .filter(p -> p.locations().getFirst().path().startsWith("/" + lockDir + "/"))
        .map(p -> p.name() + "@" + p.version())
        .distinct()
        .count();
  }

  @Test
  void installedPackageJson() throws Exception {
    Run run = CatalogFixtures.run(NpmCatalogers.installed(), ROOT);
    assertThat(run.purls())
        .containsExactly("pkg:npm/%40actions/core@1.6.0", "pkg:npm/cowsay@1.4.0");
    Package core = run.named("@actions/core");
    assertThat(core.namespace()).isEqualTo("@actions");
    assertThat(core.licenses()).containsExactly("MIT");
    assertThat(core.locations().getFirst().path())
        .isEqualTo("/usr/lib/node_modules/@actions/core/package.json");
  }

  @Test
  void packageLockV1ToV3() throws Exception {
    Run run = CatalogFixtures.run(NpmCatalogers.packageLock(), ROOT);
    assertThat(run.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).startsWith("/corrupt/package-lock.json: malformed JSON"));
    assertThat(count(run, "app-v1")).isEqualTo(12);
    assertThat(count(run, "app-v2")).isEqualTo(5);
    assertThat(count(run, "app-v3")).isEqualTo(5);
    Package react =
        run.packages().stream()
            .filter(p -> p.name().equals("@types/react"))
            .filter(p -> p.locations().getFirst().path().equals("/app-v3/package-lock.json"))
            .findFirst()
            .orElseThrow();
    assertThat(react.purl()).isEqualTo("pkg:npm/%40types/react@18.0.20");
    Package csstype =
        run.packages().stream()
            .filter(p -> p.name().equals("csstype"))
            .filter(p -> p.locations().getFirst().path().equals("/app-v3/package-lock.json"))
            .findFirst()
            .orElseThrow();
    assertThat(run.result().relationships())
        .contains(new Relationship(react.id(), csstype.id(), Relationship.Kind.DEPENDS_ON));
  }

  @Test
  void yarnV1AndBerry() throws Exception {
    Run run = CatalogFixtures.run(NpmCatalogers.yarnLock(), ROOT);
    assertThat(run.warnings()).isEmpty();
    assertThat(count(run, "yarn-v1")).isEqualTo(9);
    // nine entries, one of them the project itself (c0n-fab_u.laTION@workspace:.)
    assertThat(count(run, "yarn-berry")).isEqualTo(8);
    assertThat(run.purls()).contains("pkg:npm/%40babel/code-frame@7.10.4", "pkg:npm/ajv@6.12.3");
    // the fixtures are trimmed: their dependencies name packages not in the file
    assertThat(run.result().relationships()).isEmpty();
  }

  @Test
  void yarnDependenciesResolveThroughDescriptors() throws Exception {
    String v1 =
        "a@^1.0.0:\n  version \"1.2.0\"\n  dependencies:\n    b \"^2\"\n\n"
            + "b@^2:\n  version \"2.0.1\"\n";
    String berry =
        "__metadata:\n  version: 6\n\n\"a@npm:^1.0.0\":\n  version: 1.2.0\n"
            + "  dependencies:\n    b: ^2\n\n\"b@npm:^2\":\n  version: 2.0.1\n";
    for (String lock : new String[] {v1, berry}) {
      var r =
          YarnLockParser.parse(
              new dev.lashing.model.Location("/yarn.lock", null), lock.getBytes(), "t");
      assertThat(r.packages())
          .extracting(Package::purl)
          .containsExactly("pkg:npm/a@1.2.0", "pkg:npm/b@2.0.1");
      assertThat(r.relationships())
          .containsExactly(
              new Relationship(
                  r.packages().get(0).id(),
                  r.packages().get(1).id(),
                  Relationship.Kind.DEPENDS_ON));
    }
  }

  @Test
  void pnpmV5V6V9() throws Exception {
    Run run = CatalogFixtures.run(NpmCatalogers.pnpmLock(), ROOT);
    assertThat(run.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).startsWith("/corrupt/pnpm-lock.yaml: malformed YAML"));
    assertThat(count(run, "pnpm-v5")).isEqualTo(1);
    assertThat(count(run, "pnpm-v6")).isEqualTo(10);
    assertThat(count(run, "pnpm-v9")).isEqualTo(4);
    assertThat(run.purls())
        .contains(
            "pkg:npm/%40bcoe/v8-coverage@0.2.3",
            "pkg:npm/%40testing-library/react@13.4.0",
            "pkg:npm/%40babel/helper-plugin-utils@7.24.7");
  }

  @Test
  void lockfilesInsideNodeModulesAndOsOwnedFilesAreSkipped() throws Exception {
    Run run =
        CatalogFixtures.run(
            NpmCatalogers.installed(), ROOT, Set.of("/usr/lib/node_modules/cowsay/package.json"));
    assertThat(run.purls()).containsExactly("pkg:npm/%40actions/core@1.6.0");
  }
}
