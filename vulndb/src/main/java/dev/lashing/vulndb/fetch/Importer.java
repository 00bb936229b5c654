package dev.lashing.vulndb.fetch;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.osv.OsvFiles;
import dev.lashing.vulndb.store.FeedCounts;
import dev.lashing.vulndb.store.LocalStore;
import dev.lashing.vulndb.store.StoreUpdate;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * {@code lashing db import PATH…}: local files into the store, for machines without network. What a
 * path is: a store file made by {@code db export} (replaces the store), an OSV directory, zip or
 * record file (records go to the {@code osv-<ecosystem>} source of their package, or to the named
 * source), or a feed file of a registered source (named with {@code --source}, or recognised by
 * {@link VulnSource#feedFor}). Gzip files are decompressed first. Imports add and replace records,
 * never delete them; all paths go into one working copy that replaces the store at the end.
 */
public final class Importer {

  private final List<VulnSource> registry;
  private final Consumer<String> log;

  private Importer(List<VulnSource> registry, Consumer<String> log) {
    this.registry = List.copyOf(registry);
    this.log = log;
  }

  /**
   * @param registry the sources whose feed files can be imported ({@code VulnSources.defaults()})
   * @param log progress and warnings, one line each
   */
  public static Importer create(List<VulnSource> registry, Consumer<String> log) {
    return new Importer(registry, log);
  }

  /**
   * Imports the paths.
   *
   * @param source the source every path belongs to, or null to decide per path
   * @throws VulnDataException naming the path that could not be read (nothing is changed then)
   */
  public List<SourceResult> importPaths(Path db, List<Path> paths, @Nullable String source)
      throws VulnDataException {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new VulnDataException(p + ": no such file or directory");
      }
    }
    if (paths.size() == 1 && LocalStore.isSqliteFile(paths.getFirst())) {
      LocalStore.replaceWith(db, paths.getFirst());
      log.accept(paths.getFirst() + ": installed as " + db);
      return List.of(new SourceResult("*", "imported", FeedCounts.NONE, null));
    }
    VulnSource named = source == null ? null : find(source);
    Warnings warnings = new Warnings(log, 20);
    List<SourceResult> results = new ArrayList<>();
    Map<String, String> urls = new LinkedHashMap<>();
    try (StoreUpdate update = StoreUpdate.begin(db, warnings)) {
      for (Path path : paths) {
        if (LocalStore.isSqliteFile(path)) {
          throw new VulnDataException(
              path + ": a database file can only be imported alone (it replaces the store)");
        }
        FeedCounts counts;
        try {
          counts = importOne(update, path, source, named);
        } catch (IOException | RuntimeException e) {
          throw new VulnDataException(path + ": " + Updater.message(e), e);
        }
        for (String s : update.sourcesWritten()) {
          urls.putIfAbsent(s, path.toAbsolutePath().toUri().toString());
        }
        warnings.flush(path.toString());
        log.accept(Updater.describe(path.toString(), counts));
        results.add(new SourceResult(path.toString(), "imported", counts, null));
      }
      for (Map.Entry<String, String> e : urls.entrySet()) {
        update.recordSource(e.getKey(), e.getValue(), null, null);
      }
      update.commit();
    }
    return List.copyOf(results);
  }

  private @Nullable VulnSource find(String name) {
    for (VulnSource s : registry) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    if (name.startsWith("osv")) {
      return null; // any osv-<ecosystem> name: OSV records, stored under that name
    }
    throw new IllegalArgumentException(
        "unknown source '"
            + name
            + "'; known sources: "
            + String.join(", ", registry.stream().map(VulnSource::name).toList()));
  }

  private FeedCounts importOne(
      StoreUpdate update, Path path, @Nullable String source, @Nullable VulnSource named)
      throws IOException, VulnDataException {
    boolean osv = source == null ? OsvFiles.looksLikeOsv(path) : source.startsWith("osv");
    if (osv) {
      RecordSink sink = update.beginFeed(source == null ? "osv" : source, "import");
      OsvFiles.read(path, source, sink);
      return update.endFeed(false);
    }
    if (Files.isDirectory(path)) {
      throw new VulnDataException(
          path + ": a directory can only hold OSV records; give feed files one by one");
    }
    String fileName = path.getFileName().toString();
    String plain =
        fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
    byte[] head = head(path);
    VulnSource owner = named;
    Feed feed = null;
    if (owner != null) {
      feed = owner.feedFor(plain, head);
      if (feed == null) {
        feed = owner.feedFor(fileName, head);
      }
      if (feed == null) {
        feed = owner.feeds().getFirst();
      }
    } else {
      for (VulnSource s : registry) {
        Feed f = s.feedFor(fileName, head);
        if (f == null) {
          f = s.feedFor(plain, head);
        }
        if (f != null) {
          owner = s;
          feed = f;
          break;
        }
      }
    }
    if (owner == null || feed == null) {
      throw new VulnDataException(
          path
              + ": cannot tell which source this file belongs to; give --source NAME (one of "
              + String.join(", ", registry.stream().map(VulnSource::name).toList())
              + ")");
    }
    RecordSink sink = update.beginFeed(owner.name(), feed.name());
    try (InputStream in = open(path)) {
      owner.read(feed, path.toAbsolutePath().toUri(), in, sink);
    }
    FeedCounts counts = update.endFeed(false);
    update.recordFeed(
        owner.name(), feed.name(), path.toAbsolutePath().toUri().toString(), null, null);
    return counts;
  }

  /** The file's first 64 KiB, decompressed when it is gzip. */
  private static byte[] head(Path path) throws IOException {
    try (InputStream in = open(path)) {
      return in.readNBytes(64 * 1024);
    }
  }

  private static InputStream open(Path path) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    return HttpFetcher.isGzip(path) ? new BufferedInputStream(new GZIPInputStream(raw)) : raw;
  }
}
