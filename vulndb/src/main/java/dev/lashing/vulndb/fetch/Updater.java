package dev.lashing.vulndb.fetch;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.store.FeedCounts;
import dev.lashing.vulndb.store.FeedState;
import dev.lashing.vulndb.store.LocalStore;
import dev.lashing.vulndb.store.StoreUpdate;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code lashing db update}: for each source and feed, a conditional download; a feed that changed
 * is parsed into a working copy of the store as a delta (see {@link StoreUpdate}); the copy
 * replaces the store once every source is done. A source that fails (download or parse) is rolled
 * back alone and reported; the others are kept. When every feed answers 304, nothing is written.
 */
public final class Updater {

  private static final int MAX_PAGES = 100_000;

  private final UpdateOptions options;
  private final Consumer<String> log;

  private Updater(UpdateOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  /**
   * @param log progress and warnings, one line each
   */
  public static Updater create(UpdateOptions options, Consumer<String> log) {
    return new Updater(options, log);
  }

  /**
   * Updates the store at {@code db} (created when missing) from these sources.
   *
   * @return one result per source, in order; check {@link SourceResult#failed}
   * @throws VulnDataException when the store cannot be locked, copied or replaced
   */
  public List<SourceResult> update(Path db, List<VulnSource> sources) throws VulnDataException {
    Map<String, FeedState> states = LocalStore.feedStates(db);
    Path dir = db.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new VulnDataException(dir + ": cannot create the database directory: " + e, e);
    }
    HttpFetcher http =
        new HttpFetcher(
            options.retries(), options.backoff(), options.timeout(), options.maxBytes(), dir, log);
    Warnings warnings = new Warnings(log, 20);
    List<SourceResult> results = new ArrayList<>();
    StoreUpdate update = null;
    boolean anyChanged = false;
    try {
      for (VulnSource source : sources) {
        FeedCounts total = FeedCounts.NONE;
        boolean changed = false;
        String error = null;
        String etag = null;
        String lastModified = null;
        for (Feed feed : source.feeds()) {
          URI url = options.resolve(feed.url());
          FeedState state = states.get(source.name() + "/" + feed.name());
          boolean conditional = state != null && state.url().equals(url.toString());
          HttpFetcher.Response first;
          try {
            first =
                http.get(
                    url,
                    conditional ? state.etag() : null,
                    conditional ? state.lastModified() : null);
          } catch (IOException e) {
            error = feed.name() + ": " + e.getMessage();
            break;
          }
          if (first.notModified()) {
            log.accept(source.name() + "/" + feed.name() + ": not modified");
            continue;
          }
          if (update == null) {
            update = StoreUpdate.begin(db, warnings);
          }
          try {
            FeedCounts counts = apply(http, update, source, feed, url, first);
            update.recordFeed(
                source.name(), feed.name(), url.toString(), first.etag(), first.lastModified());
            warnings.flush(source.name() + "/" + feed.name());
            log.accept(describe(source.name() + "/" + feed.name(), counts));
            total = total.plus(counts);
            changed = true;
            etag = first.etag();
            lastModified = first.lastModified();
          } catch (IOException | VulnDataException | RuntimeException e) {
            update.abortFeed();
            warnings.flush(source.name() + "/" + feed.name());
            error = feed.name() + ": " + message(e);
            break;
          }
        }
        if (changed) {
          anyChanged = true;
          boolean single = source.feeds().size() == 1;
          update.recordSource(
              source.name(),
              options.resolve(source.feeds().getFirst().url()).toString(),
              single ? etag : null,
              single ? lastModified : null);
          update.checkpoint();
        }
        if (error != null) {
          log.accept(source.name() + ": failed: " + error);
          results.add(new SourceResult(source.name(), "failed", total, error));
          continue;
        }
        results.add(
            new SourceResult(source.name(), changed ? "updated" : "not-modified", total, null));
      }
      if (update != null && anyChanged) {
        update.commit();
      }
      return List.copyOf(results);
    } finally {
      if (update != null) {
        update.close();
      }
    }
  }

  private FeedCounts apply(
      HttpFetcher http,
      StoreUpdate update,
      VulnSource source,
      Feed feed,
      URI url,
      HttpFetcher.Response first)
      throws IOException, VulnDataException {
    RecordSink sink = update.beginFeed(source.name(), feed.name());
    HttpFetcher.Response page = first;
    URI from = url;
    for (int n = 0; n < MAX_PAGES; n++) {
      URI next;
      Path body = page.body();
      try (InputStream in = new BufferedInputStream(Files.newInputStream(body), 1 << 16)) {
        next = source.read(feed, from, in, sink);
      } finally {
        Files.deleteIfExists(body);
      }
      if (next == null) {
        return update.endFeed(source.fullExport());
      }
      from = next;
      page = http.get(next, null, null);
      if (page.notModified()) {
        throw new IOException(next + ": HTTP 304 for a page that was not asked conditionally");
      }
    }
    throw new IOException(url + ": more than " + MAX_PAGES + " pages");
  }

  static String describe(String what, FeedCounts c) {
    return what
        + ": "
        + c.written()
        + " written, "
        + c.unchanged()
        + " unchanged, "
        + c.deleted()
        + " deleted, "
        + c.skipped()
        + " skipped"
        + (c.withdrawn() > 0 ? " (" + c.withdrawn() + " withdrawn)" : "");
  }

  static String message(Throwable e) {
    Throwable t = e;
    if (t instanceof RuntimeException && t.getCause() instanceof java.sql.SQLException s) {
      t = s;
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
  }

  /** The first feed of a source whose name matches, for tests and callers. */
  static @Nullable Feed feed(VulnSource source, String name) {
    return source.feeds().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
