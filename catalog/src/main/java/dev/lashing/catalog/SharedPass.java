package dev.lashing.catalog;

import dev.lashing.image.fs.FileEntry;
import dev.lashing.image.fs.FileResolver;
import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one read pass of a catalog run: asks every {@link CatalogRun} which regular files it wants,
 * reads the union with one {@link FileResolver#readEach} (one pass per layer, in layer order, each
 * file bounded to its indexed size), and hands each file's bytes to the runs that want it. Parsing
 * overlaps reading ({@link Dispatcher}); at most {@link Dispatcher#MAX_IN_FLIGHT} bytes of content
 * wait for parsing at a time. Per-file results and warnings of language catalogers are kept apart
 * so that files owned by OS packages can be dropped once the OS catalogers have finished.
 */
final class SharedPass {
  private SharedPass() {}

  /** Files larger than this cannot be held in one array and are never wanted. */
  static final long MAX_FILE = Integer.MAX_VALUE - 8;

  /** What one run made of one file: its result and its warnings. */
  record Outcome(FileEntry file, CatalogResult result, List<String> warnings) {}

  /**
   * Runs {@code catalogers} over {@code files}; one result per cataloger, in the given order.
   *
   * @param presetOwned paths treated as OS-owned in addition to what OS catalogers find
   */
  static List<CatalogResult> run(
      FileResolver files,
      @Nullable OsInfo os,
      List<Cataloger> catalogers,
      Set<String> presetOwned,
      Consumer<String> warnings,
      CatalogProgress progress)
      throws IOException {
    int n = catalogers.size();
    List<CatalogRun> runs = new ArrayList<>(n);
    for (Cataloger c : catalogers) {
      runs.add(c.start(files, os));
    }
    List<List<Outcome>> skipped = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      skipped.add(new ArrayList<>());
    }
    Map<FileEntry, int[]> wanted = new HashMap<>();
    List<FileEntry> order = new ArrayList<>();
    long bytes = 0;
    for (FileEntry e : (Iterable<FileEntry>) files.entries()::iterator) {
      if (!e.isRegular()) {
        continue;
      }
      int[] who = plan(e, runs, skipped);
      if (who.length > 0) {
        wanted.put(e, who);
        order.add(e);
        bytes += e.size();
      }
    }
    progress.planned(order.size(), bytes);
    Dispatcher dispatcher = new Dispatcher(catalogers, runs);
    try {
      files.readEach(
          order,
          (file, in) -> {
            int[] who = wanted.get(file);
            if (who != null) {
              dispatcher.dispatch(file, who, in);
              progress.read(file);
            }
          });
    } finally {
      dispatcher.close();
    }
    return finish(catalogers, runs, skipped, dispatcher.outcomes(), presetOwned, warnings);
  }

  /** The indexes of the runs that want {@code e}; their refusal warnings go to {@code skipped}. */
  private static int[] plan(FileEntry e, List<CatalogRun> runs, List<List<Outcome>> skipped) {
    int[] who = new int[runs.size()];
    int k = 0;
    for (int i = 0; i < runs.size(); i++) {
      List<String> w = new ArrayList<>(0);
      boolean yes = runs.get(i).wants(e, w::add) && e.size() <= MAX_FILE;
      if (!w.isEmpty()) {
        skipped.get(i).add(new Outcome(e, CatalogResult.EMPTY, List.copyOf(w)));
      }
      if (yes) {
        who[k++] = i;
      }
    }
    return Arrays.copyOf(who, k);
  }

  private static List<CatalogResult> finish(
      List<Cataloger> catalogers,
      List<CatalogRun> runs,
      List<List<Outcome>> skipped,
      List<List<Outcome>> outcomes,
      Set<String> presetOwned,
      Consumer<String> warnings)
      throws IOException {
    int n = runs.size();
    CatalogResult[] results = new CatalogResult[n];
    Set<String> owned = new HashSet<>(presetOwned);
    // OS catalogers first: the files their packages own are hidden from the others
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        boolean os = catalogers.get(i).tags().contains("os");
        if (os != (pass == 0)) {
          continue;
        }
        List<CatalogResult> parts = new ArrayList<>();
        for (List<Outcome> list : List.of(skipped.get(i), outcomes.get(i))) {
          for (Outcome o : list) {
            if (!os && owned.contains(o.file().path())) {
              continue;
            }
            o.warnings().forEach(warnings);
            parts.add(o.result());
          }
        }
        List<String> w = new ArrayList<>();
        CatalogResult last;
        try {
          last = runs.get(i).finish(w::add);
        } catch (IOException e) {
          throw new IOException(catalogers.get(i).name() + ": " + e.getMessage(), e);
        } finally {
          w.forEach(warnings);
        }
        // a run that answers only in finish keeps its own order (as catalog() always did)
        if (parts.isEmpty()) {
          results[i] = last;
        } else {
          parts.add(last);
          results[i] = Catalog.merge(parts);
        }
        if (os) {
          owned.addAll(results[i].ownedPaths());
        }
      }
    }
    return List.of(results);
  }
}
