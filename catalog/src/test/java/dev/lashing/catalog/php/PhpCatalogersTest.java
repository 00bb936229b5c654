package dev.lashing.catalog.php;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogFixtures;
import dev.lashing.catalog.CatalogFixtures.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PhpCatalogersTest {
  private static final Path ROOT = CatalogFixtures.resource("catalog/php");

  @Test
  void installedJsonV1AndV2() throws Exception {
    Run run = CatalogFixtures.run(PhpCatalogers.installed(), ROOT);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.purls())
        .containsExactly(
            "pkg:composer/asm89/stack-cors@1.3.0",
            "pkg:composer/asm89/stack-cors@1.3.0",
            "pkg:composer/behat/mink@v1.8.1",
            "pkg:composer/behat/mink@v1.8.1");
    assertThat(run.named("asm89/stack-cors").licenses()).containsExactly("MIT");
  }

  @Test
  void composerLock() throws Exception {
    Run run = CatalogFixtures.run(PhpCatalogers.lock(), ROOT);
    assertThat(run.warnings()).isEmpty();
    assertThat(run.purls())
        .containsExactly(
            "pkg:composer/adoy/fastcgi-client@1.0.2",
            "pkg:composer/alcaeus/mongo-php-adapter@1.1.11",
            "pkg:composer/behat/gherkin@v4.6.2",
            "pkg:composer/codeception/codeception@4.1.6");
    assertThat(run.named("behat/gherkin").metadata()).containsEntry("dev", "true");
  }
}
