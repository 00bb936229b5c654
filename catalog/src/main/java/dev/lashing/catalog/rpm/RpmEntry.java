package dev.lashing.catalog.rpm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one rpm header.
 *
 * @param name NAME (1000)
 * @param version VERSION (1001)
 * @param release RELEASE (1002)
 * @param epoch EPOCH (1003), or null
 * @param arch ARCH (1022)
 * @param license LICENSE (1014)
 * @param vendor VENDOR (1011)
 * @param sourceRpm SOURCERPM (1044), e.g. {@code bash-4.4.20-4.el8.src.rpm}
 * @param files absolute paths from DIRNAMES/DIRINDEXES/BASENAMES (or OLDFILENAMES)
 * @param requires REQUIRENAME (1049)
 * @param provides PROVIDENAME (1047)
 */
record RpmEntry(
    String name,
    String version,
    String release,
    @Nullable Integer epoch,
    @Nullable String arch,
    @Nullable String license,
    @Nullable String vendor,
    @Nullable String sourceRpm,
    List<String> files,
    List<String> requires,
    List<String> provides) {

  RpmEntry {
    files = List.copyOf(files);
    requires = List.copyOf(requires);
    provides = List.copyOf(provides);
  }

  /** {@code [epoch:]version-release}. */
  String fullVersion() {
    String vr = release.isEmpty() ? version : version + "-" + release;
    return epoch == null ? vr : epoch + ":" + vr;
  }
}
