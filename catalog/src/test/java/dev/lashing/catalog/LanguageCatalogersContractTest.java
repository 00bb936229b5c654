package dev.lashing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every language cataloger keeps: a unique name, the tags users select by, files found
 * at their real fixture paths, and a malformed file turned into one warning naming it.
 */
class LanguageCatalogersContractTest {

  /** name → (fixture folder, a path the cataloger reads, used for the malformed file). */
  static final Map<String, List<String>> CASES =
      Map.ofEntries(
          Map.entry("java-archive-cataloger", List.of("catalog/java", "/opt/x-1.0.jar")),
          Map.entry(
              "npm-package-cataloger",
              List.of("catalog/npm", "/usr/lib/node_modules/x/package.json")),
          Map.entry("npm-lock-cataloger", List.of("catalog/npm", "/app/package-lock.json")),
          Map.entry("yarn-lock-cataloger", List.of("catalog/npm", "/app/yarn.lock")),
          Map.entry("pnpm-lock-cataloger", List.of("catalog/npm", "/app/pnpm-lock.yaml")),
          Map.entry(
              "python-installed-cataloger",
              List.of("catalog/python", "/usr/lib/python3/x-1.dist-info/METADATA")),
          Map.entry(
              "python-requirements-cataloger", List.of("catalog/python", "/app/requirements.txt")),
          Map.entry("python-lock-cataloger", List.of("catalog/python", "/app/poetry.lock")),
          Map.entry("go-binary-cataloger", List.of("catalog/golang", "/usr/bin/app")),
          Map.entry("go-mod-cataloger", List.of("catalog/golang", "/src/go.mod")),
          Map.entry("rust-audit-binary-cataloger", List.of("catalog/rust", "/usr/bin/app")),
          Map.entry("cargo-lock-cataloger", List.of("catalog/rust", "/src/Cargo.lock")),
          Map.entry("dotnet-deps-cataloger", List.of("catalog/dotnet", "/app/app.deps.json")),
          Map.entry(
              "dotnet-packages-lock-cataloger",
              List.of("catalog/dotnet", "/src/packages.lock.json")),
          Map.entry(
              "php-composer-installed-cataloger",
              List.of("catalog/php", "/app/vendor/composer/installed.json")),
          Map.entry("php-composer-cataloger", List.of("catalog/php", "/app/composer.lock")),
          Map.entry(
              "ruby-gemspec-cataloger",
              List.of("catalog/ruby", "/usr/lib/ruby/specifications/x-1.gemspec")),
          Map.entry("ruby-gemfile-lock-cataloger", List.of("catalog/ruby", "/app/Gemfile.lock")));

  static List<Cataloger> language() {
    return Catalogers.defaults().stream().filter(c -> c.tags().contains("language")).toList();
  }

  @Test
  void namesAreUniqueAndTagsComplete() {
    List<String> names = Catalogers.defaults().stream().map(Cataloger::name).toList();
    assertThat(names).doesNotHaveDuplicates();
    assertThat(language())
        .extracting(Cataloger::name)
        .containsExactlyInAnyOrderElementsOf(CASES.keySet());
    for (Cataloger c : language()) {
      assertThat(c.tags()).as(c.name()).containsAnyOf("image", "directory");
      assertThat(c.tags()).as(c.name()).containsAnyOf("installed", "declared");
      assertThat(c.version()).isPositive();
    }
  }

  @TestFactory
  Stream<DynamicTest> findsItsFixtures() {
    return language().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      var run =
                          CatalogFixtures.run(
                              c, CatalogFixtures.resource(CASES.get(c.name()).get(0)));
                      assertThat(run.packages()).as(c.name()).isNotEmpty();
                      assertThat(run.packages()).allMatch(p -> p.foundBy().equals(c.name()));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> malformedFileIsOneWarning(@TempDir Path dir) {
    return language().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Path root = Files.createTempDirectory(dir, "m");
                      String rel = CASES.get(c.name()).get(1).substring(1);
                      Path f = root.resolve(rel);
                      Files.createDirectories(f.getParent());
                      byte[] junk =
                          ("\u007fELF\u0002\u0001\u0001 garbage {[\"\u00ff Go buildinf: .dep-v0 "
                                  + "x".repeat(80))
                              .getBytes(StandardCharsets.ISO_8859_1);
                      Files.write(f, junk);
                      Files.setPosixFilePermissions(
                          f, PosixFilePermissions.fromString("rwxr-xr-x"));
                      var run = CatalogFixtures.run(c, root, Set.of());
                      assertThat(run.packages()).as(c.name()).isEmpty();
                      assertThat(run.warnings())
                          .as(c.name())
                          .singleElement()
                          .satisfies(w -> assertThat(w).startsWith("/" + rel + ": "));
                    }));
  }
}
