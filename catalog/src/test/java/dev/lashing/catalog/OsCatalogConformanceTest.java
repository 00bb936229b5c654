package dev.lashing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.image.Limits;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.image.fs.FileViews;
import dev.lashing.image.rootfs.RootfsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opt-in ({@code -Dlashing.peers=PATH}, set by the build when {@code ../shared/peers} exists): runs
 * the OS catalogers over every dpkg, apk and rpm database found in the peer fixture suites ({@code
 * 08-images/*-fixtures}) and reports the counts. Fails only if a cataloger throws.
 */
class OsCatalogConformanceTest {
  private static final Set<String> DB_NAMES =
      Set.of("status", "installed", "Packages", "Packages.db", "rpmdb.sqlite");

  @Test
  void everyPeerDatabaseIsReadWithoutACrash() throws Exception {
    String peers = System.getProperty("lashing.peers");
    assumeTrue(peers != null && !peers.isBlank(), "lashing.peers not set");
    Path images = Path.of(peers, "08-images");
    assumeTrue(Files.isDirectory(images), "no peer suite at " + images);
    Set<Path> roots = new TreeSet<>();
    try (Stream<Path> s = Files.walk(images)) {
      s.filter(p -> p.toString().contains("-fixtures"))
          .filter(Files::isRegularFile)
          .forEach(p -> root(p).ifPresent(roots::add));
    }
    List<Cataloger> os =
        Catalogers.defaults().stream().filter(c -> c.tags().contains("os")).toList();
    List<String> report = new ArrayList<>();
    int packages = 0;
    for (Path root : roots) {
      FileResolver files = FileViews.index(RootfsSource.open(root), Limits.DEFAULTS).squashed();
      for (Cataloger c : os) {
        List<String> warnings = new ArrayList<>();
        CatalogResult r = c.catalog(new CatalogContext(files, null, Set.of(), warnings::add));
        if (!r.packages().isEmpty() || !warnings.isEmpty()) {
          packages += r.packages().size();
          report.add(
              String.format(
                  "%-18s %4d packages %3d warnings  %s",
                  c.name(), r.packages().size(), warnings.size(), images.relativize(root)));
        }
      }
    }
    System.out.println(String.join("\n", report));
    System.out.println(roots.size() + " roots, " + packages + " OS packages");
    assertThat(roots).isNotEmpty();
  }

  /** The root filesystem a database file sits in, from its well-known path. */
  private static java.util.Optional<Path> root(Path db) {
    String name = db.getFileName().toString();
    Path parent = db.getParent();
    if (!DB_NAMES.contains(name) && !parent.getFileName().toString().equals("status.d")) {
      return java.util.Optional.empty();
    }
    String s = db.toString().replace('\\', '/');
    for (String marker :
        List.of(
            "/var/lib/dpkg/",
            "/lib/apk/db/",
            "/var/lib/rpm/",
            "/usr/lib/sysimage/rpm/",
            "/usr/share/rpm/")) {
      int at = s.indexOf(marker);
      if (at > 0) {
        return java.util.Optional.of(Path.of(s.substring(0, at)));
      }
    }
    return java.util.Optional.empty();
  }
}
