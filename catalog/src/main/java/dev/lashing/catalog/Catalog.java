package dev.lashing.catalog;

import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.Relationship;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs catalogers over a file view: OS catalogers first (their owned files are then hidden from
 * language catalogers), then the others in parallel. The result is deterministic: packages sorted
 * by type, name, version and id; duplicates (same id) merged.
 */
public final class Catalog {
  private Catalog() {}

  public static CatalogResult run(
      FileResolver files,
      @Nullable OsInfo os,
      List<Cataloger> catalogers,
      Consumer<String> warnings)
      throws IOException {
    Consumer<String> sink = synchronizedSink(warnings);
    List<Cataloger> osFirst = catalogers.stream().filter(c -> c.tags().contains("os")).toList();
    List<Cataloger> rest = catalogers.stream().filter(c -> !c.tags().contains("os")).toList();
    List<CatalogResult> results = new ArrayList<>();
    results.addAll(runAll(osFirst, new CatalogContext(files, os, Set.of(), sink)));
    Set<String> owned = new HashSet<>();
    results.forEach(r -> owned.addAll(r.ownedPaths()));
    results.addAll(runAll(rest, new CatalogContext(files, os, owned, sink)));
    return merge(results);
  }

  private static List<CatalogResult> runAll(List<Cataloger> catalogers, CatalogContext ctx)
      throws IOException {
    try {
      return catalogers.parallelStream()
          .map(
              c -> {
                try {
                  return c.catalog(ctx);
                } catch (IOException e) {
                  throw new UncheckedIOException(c.name() + ": " + e.getMessage(), e);
                }
              })
          .toList();
    } catch (UncheckedIOException e) {
      throw new IOException(e.getMessage(), e.getCause());
    }
  }

  static CatalogResult merge(List<CatalogResult> results) {
    Map<String, Package> byId = new LinkedHashMap<>();
    Set<Relationship> relationships = new java.util.LinkedHashSet<>();
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

  private static Consumer<String> synchronizedSink(Consumer<String> warnings) {
    Object lock = new Object();
    return m -> {
      synchronized (lock) {
        warnings.accept(m);
      }
    };
  }
}
