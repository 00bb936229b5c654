package dev.lashing.catalog.dpkg;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stanza of a dpkg status file.
 *
 * @param name the {@code Package} field
 * @param version the {@code Version} field as written (with its epoch), empty when absent
 * @param arch the {@code Architecture} field
 * @param sourceName the source package ({@code Source}, without its version), or null
 * @param sourceVersion the version in {@code Source: name (version)}, or null
 * @param maintainer the {@code Maintainer} field
 * @param status the {@code Status} field ({@code want flag state}), null in distroless files
 * @param depends {@code Pre-Depends} and {@code Depends} groups; each group lists alternatives
 * @param provides names from {@code Provides}, without versions
 * @param line the line the stanza starts on (1-based)
 */
record DpkgEntry(
    String name,
    String version,
    @Nullable String arch,
    @Nullable String sourceName,
    @Nullable String sourceVersion,
    @Nullable String maintainer,
    @Nullable String status,
    List<List<String>> depends,
    List<String> provides,
    int line) {

  DpkgEntry {
    depends = depends.stream().map(List::copyOf).toList();
    provides = List.copyOf(provides);
  }

  /** Whether dpkg-query lists it: every state except {@code not-installed}. */
  boolean listed() {
    if (status == null) {
      return true;
    }
    String[] words = status.strip().split("\\s+");
    return !words[words.length - 1].equals("not-installed");
  }
}
