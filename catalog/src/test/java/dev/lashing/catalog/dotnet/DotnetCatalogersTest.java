package dev.lashing.catalog.dotnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.catalog.CatalogFixtures;
import dev.lashing.catalog.CatalogFixtures.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DotnetCatalogersTest {
  private static final Path ROOT = CatalogFixtures.resource("catalog/dotnet");

  @Test
  void depsJsonPackagesOnly() throws Exception {
    Run run = CatalogFixtures.run(DotnetCatalogers.depsJson(), ROOT);
    assertThat(run.warnings()).isEmpty();
    // TestLibrary: 12 packages (the project itself is type "project"); MyApp: one package, the
    // reference assemblies are not packages
    assertThat(run.packages()).hasSize(13);
    assertThat(run.purls())
        .contains(
            "pkg:nuget/Newtonsoft.Json@13.0.3",
            "pkg:nuget/Newtonsoft.Json@13.0.1",
            "pkg:nuget/AWSSDK.Core@3.7.10.6",
            "pkg:nuget/Serilog@2.10.0");
    assertThat(run.named("Serilog").metadata()).containsKey("sha512");
    assertThat(run.result().relationships()).isNotEmpty();
  }

  @Test
  void packagesLock() throws Exception {
    Run run = CatalogFixtures.run(DotnetCatalogers.packagesLock(), ROOT);
    assertThat(run.warnings()).isEmpty();
    // nine name@version pairs over the frameworks; log4net resolves differently per framework
    assertThat(run.purls())
        .contains(
            "pkg:nuget/AutoMapper@13.0.1", "pkg:nuget/log4net@1.2.15", "pkg:nuget/log4net@2.0.5")
        .hasSize(9);
  }
}
