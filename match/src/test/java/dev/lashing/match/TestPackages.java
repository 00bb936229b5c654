package dev.lashing.match;

import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Packages as catalogers report them, for matcher tests. */
public final class TestPackages {
  private TestPackages() {}

  public static Package pkg(
      PackageType type,
      @Nullable String namespace,
      String name,
      String version,
      String purl,
      @Nullable String sourceName,
      @Nullable String sourceVersion) {
    return new Package(
        type + ":" + name + "@" + version,
        name,
        version,
        type,
        purl,
        namespace,
        sourceName,
        sourceVersion,
        null,
        List.of(),
        null,
        "test",
        List.of(new Location("/lib/apk/db/installed", null)),
        Map.of());
  }

  public static OsInfo os(String id, String version) {
    return new OsInfo(id, version, null, null, List.of(), "/etc/os-release");
  }
}
