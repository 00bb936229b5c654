package dev.lashing.catalog.dotnet;

import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.FileCataloger;
import java.util.Set;

/** The .NET catalogers. */
public final class DotnetCatalogers {
  private DotnetCatalogers() {}

  /** {@code *.deps.json} next to built assemblies. */
  public static Cataloger depsJson() {
    return new FileCataloger(
        "dotnet-deps-cataloger",
        Set.of("language", "dotnet", "nuget", "image", "directory", "installed"),
        1,
        p -> p.endsWith(".deps.json"),
        32 << 20,
        (loc, b) -> DepsJsonParser.parse(loc, b, "dotnet-deps-cataloger"));
  }

  /** NuGet {@code packages.lock.json}. */
  public static Cataloger packagesLock() {
    return new FileCataloger(
        "dotnet-packages-lock-cataloger",
        Set.of("language", "dotnet", "nuget", "directory", "declared"),
        1,
        p -> p.endsWith("/packages.lock.json"),
        32 << 20,
        (loc, b) -> PackagesLockParser.parse(loc, b, "dotnet-packages-lock-cataloger"));
  }
}
