package dev.lashing.catalog.apk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One package of an apk database.
 *
 * @param name {@code P:}
 * @param version {@code V:}, empty when absent
 * @param arch {@code A:}
 * @param origin the source package, {@code o:}
 * @param license {@code L:} as declared
 * @param maintainer {@code m:}
 * @param depends names from {@code D:}, versions removed; conflicts ({@code !x}) left out
 * @param provides names from {@code p:}, versions removed
 * @param files absolute paths from {@code F:} directories and their {@code R:} files
 * @param line the line the package starts on (1-based)
 */
record ApkEntry(
    String name,
    String version,
    @Nullable String arch,
    @Nullable String origin,
    @Nullable String license,
    @Nullable String maintainer,
    List<String> depends,
    List<String> provides,
    List<String> files,
    int line) {

  ApkEntry {
    depends = List.copyOf(depends);
    provides = List.copyOf(provides);
    files = List.copyOf(files);
  }
}
