package dev.lashing.catalog.ruby;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogFixtures;
import dev.lashing.catalog.CatalogFixtures.Run;
import dev.lashing.model.Relationship;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RubyCatalogersTest {
  private static final Path ROOT = CatalogFixtures.resource("catalog/ruby");

  @Test
  void installedGemspecs() throws Exception {
    Run run = CatalogFixtures.run(RubyCatalogers.gemspecs(), ROOT);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.purls()).containsExactly("pkg:gem/bundler@2.1.4", "pkg:gem/formatador@1.1.0");
    assertThat(run.named("bundler").licenses()).containsExactly("MIT");
    assertThat(run.named("formatador").supplier()).isEqualTo("geemus (Wesley Beary)");
  }

  @Test
  void gemfileLock() throws Exception {
    Run run = CatalogFixtures.run(RubyCatalogers.gemfileLock(), ROOT);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.packages()).hasSize(52);
    assertThat(run.purls())
        .contains(
            "pkg:gem/google-cloud-errors@1.3.0",
            "pkg:gem/turbolinks@3.0.0",
            "pkg:gem/actionmailer@4.1.1");
    assertThat(run.result().relationships())
        .contains(
            new Relationship(
                run.named("actionmailer").id(),
                run.named("actionpack").id(),
                Relationship.Kind.DEPENDS_ON));
  }
}
