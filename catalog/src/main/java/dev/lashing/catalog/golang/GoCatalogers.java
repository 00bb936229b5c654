package dev.lashing.catalog.golang;

import dev.lashing.catalog.BinaryCataloger;
import dev.lashing.catalog.Cataloger;
import dev.lashing.catalog.FileCataloger;
import java.util.List;
import java.util.Set;

/** The Go catalogers. */
public final class GoCatalogers {
  private GoCatalogers() {}

  /** Module build information in ELF, PE and Mach-O binaries. */
  public static Cataloger binaries() {
    return new BinaryCataloger(
        "go-binary-cataloger",
        Set.of("language", "go", "golang", "image", "directory", "installed", "binary"),
        1,
        List.of(GoBuildInfo.MAGIC),
        512 << 20,
        (loc, b) -> GoBuildInfo.parse(loc, b, "go-binary-cataloger"));
  }

  /** {@code go.mod} requirements, replacements applied. */
  public static Cataloger modFiles() {
    return new FileCataloger(
        "go-mod-cataloger",
        Set.of("language", "go", "golang", "directory", "declared"),
        1,
        p -> p.endsWith("/go.mod"),
        8 << 20,
        (loc, b) -> GoModParser.parse(loc, b, "go-mod-cataloger"));
  }
}
