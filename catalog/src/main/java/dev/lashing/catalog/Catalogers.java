package dev.lashing.catalog;

import dev.lashing.catalog.apk.ApkCataloger;
import dev.lashing.catalog.dpkg.DpkgCataloger;
import dev.lashing.catalog.rpm.RpmCataloger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The registry of catalogers: one literal, ordered list. Adding a cataloger = one line here. */
public final class Catalogers {
  private Catalogers() {}

  /** Every cataloger, OS ones first. */
  public static List<Cataloger> defaults() {
    return List.of(
        new DpkgCataloger(), // os: debian
        new ApkCataloger(), // os: alpine
        new RpmCataloger(), // os: redhat
        // language catalogers
        dev.lashing.catalog.java.JavaCatalogers.archives(),
        dev.lashing.catalog.npm.NpmCatalogers.installed(),
        dev.lashing.catalog.npm.NpmCatalogers.packageLock(),
        dev.lashing.catalog.npm.NpmCatalogers.yarnLock(),
        dev.lashing.catalog.npm.NpmCatalogers.pnpmLock(),
        dev.lashing.catalog.python.PythonCatalogers.installed(),
        dev.lashing.catalog.python.PythonCatalogers.requirements(),
        dev.lashing.catalog.python.PythonCatalogers.locks(),
        dev.lashing.catalog.golang.GoCatalogers.binaries(),
        dev.lashing.catalog.golang.GoCatalogers.modFiles(),
        dev.lashing.catalog.rust.RustCatalogers.auditableBinaries(),
        dev.lashing.catalog.rust.RustCatalogers.cargoLock(),
        dev.lashing.catalog.dotnet.DotnetCatalogers.depsJson(),
        dev.lashing.catalog.dotnet.DotnetCatalogers.packagesLock(),
        dev.lashing.catalog.php.PhpCatalogers.installed(),
        dev.lashing.catalog.php.PhpCatalogers.lock(),
        dev.lashing.catalog.ruby.RubyCatalogers.gemspecs(),
        dev.lashing.catalog.ruby.RubyCatalogers.gemfileLock());
  }

  /**
   * The catalogers that suit a kind of scan by default, as Syft does: those tagged {@code image}
   * for an image (installed packages), those tagged {@code directory} for a directory (lockfiles
   * and manifests too). An explicit {@link #select} overrides this.
   */
  public static List<Cataloger> forScan(List<Cataloger> all, boolean directory) {
    String tag = directory ? "directory" : "image";
    return all.stream().filter(c -> c.tags().contains(tag)).toList();
  }

  /**
   * The catalogers named by {@code selectors}: each a cataloger name or a tag; one starting with
   * {@code -} removes what it names. Only removals start from all catalogers; an empty list means
   * all. Unknown selectors fail naming the known names and tags.
   */
  public static List<Cataloger> select(List<Cataloger> all, List<String> selectors) {
    Set<Cataloger> chosen = new LinkedHashSet<>();
    boolean onlyRemovals = selectors.stream().allMatch(s -> s.strip().startsWith("-"));
    if (onlyRemovals) {
      chosen.addAll(all);
    }
    for (String raw : selectors) {
      String s = raw.strip();
      boolean remove = s.startsWith("-");
      String key = remove ? s.substring(1) : s;
      List<Cataloger> matched = new ArrayList<>();
      for (Cataloger c : all) {
        if (c.name().equals(key) || c.tags().contains(key)) {
          matched.add(c);
        }
      }
      if (matched.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown cataloger or tag '" + key + "'; known: " + String.join(", ", known(all)));
      }
      if (remove) {
        matched.forEach(chosen::remove);
      } else {
        chosen.addAll(matched);
      }
    }
    return all.stream().filter(chosen::contains).toList();
  }

  private static Set<String> known(List<Cataloger> all) {
    Set<String> names = new TreeSet<>();
    for (Cataloger c : all) {
      names.add(c.name());
      names.addAll(c.tags());
    }
    return names;
  }
}
