package dev.lashing.catalog;

import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs catalogers over a file view with one read pass for all of them ({@link SharedPass}): every
 * cataloger names the files it wants, the files are read once (one pass per layer, in layer order)
 * and each cataloger gets the bytes of its files. Files owned by OS packages (found by the
 * catalogers tagged {@code os}) are then dropped from the language catalogers' results. The result
 * is deterministic: packages sorted by type, name, version and id; duplicates (same id) merged.
 */
public final class Catalog {
  private Catalog() {}

  public static CatalogResult run(
      FileResolver files,
      @Nullable OsInfo os,
      List<Cataloger> catalogers,
      Consumer<String> warnings)
      throws IOException {
    return run(files, os, catalogers, warnings, CatalogProgress.NONE);
  }

  /**
   * Like {@link #run(FileResolver, OsInfo, List, Consumer)}, reporting the read pass's progress.
   */
  public static CatalogResult run(
      FileResolver files,
      @Nullable OsInfo os,
      List<Cataloger> catalogers,
      Consumer<String> warnings,
      CatalogProgress progress)
      throws IOException {
    return merge(SharedPass.run(files, os, catalogers, Set.of(), warnings, progress));
  }

  /**
   * One cataloger alone over a context's view; its OS-owned paths are skipped ({@code catalog}).
   */
  static CatalogResult runOne(Cataloger cataloger, CatalogContext ctx) throws IOException {
    return SharedPass.run(
            ctx.files(),
            ctx.os(),
            List.of(cataloger),
            ctx.osOwnedPaths(),
            ctx::warn,
            CatalogProgress.NONE)
        .getFirst();
  }

  static CatalogResult merge(List<CatalogResult> results) {
    Map<String, Package> byId = new LinkedHashMap<>();
    Set<Relationship> relationships = new LinkedHashSet<>();
    Set<String> owned = new HashSet<>();
    for (CatalogResult r : results) {
      r.packages().forEach(p -> byId.putIfAbsent(p.id(), p));
      relationships.addAll(r.relationships());
      owned.addAll(r.ownedPaths());
    }
    List<Package> packages = new ArrayList<>(byId.values());
    packages.sort(
        Comparator.comparing((Package p) -> p.type().ordinal())
            .thenComparing(Package::name)
            .thenComparing(Package::version)
            .thenComparing(Package::id));
    List<Relationship> rels = new ArrayList<>(relationships);
    rels.sort(
        Comparator.comparing(Relationship::from)
            .thenComparing(Relationship::to)
            .thenComparing(r -> r.kind().ordinal()));
    return new CatalogResult(packages, rels, owned);
  }
}
