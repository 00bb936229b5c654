package dev.lashing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Images get installed-package catalogers by default; directories get lockfiles too. */
class CatalogersForScanTest {
  static List<String> names(List<Cataloger> cs) {
    return cs.stream().map(Cataloger::name).toList();
  }

  @Test
  void imageScansReadInstalledPackagesNotLockfiles() {
    List<String> image = names(Catalogers.forScan(Catalogers.defaults(), false));
    assertThat(image)
        .contains("dpkg-db-cataloger", "npm-package-cataloger", "java-archive-cataloger")
        .doesNotContain("npm-lock-cataloger", "python-requirements-cataloger", "go-mod-cataloger");
  }

  @Test
  void directoryScansReadLockfilesToo() {
    List<String> dir = names(Catalogers.forScan(Catalogers.defaults(), true));
    assertThat(dir).contains("npm-package-cataloger", "npm-lock-cataloger", "go-mod-cataloger");
  }

  @Test
  void everyDefaultCatalogerServesSomeKindOfScan() {
    for (Cataloger c : Catalogers.defaults()) {
      assertThat(c.tags()).as(c.name()).containsAnyOf("image", "directory");
    }
  }
}
