package dev.lashing.catalog;

import dev.lashing.catalog.SharedPass.Outcome;
import dev.lashing.image.fs.FileEntry;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Hands the bytes of each file read by the shared pass to the runs that want it. Small files are
 * parsed on the reading thread; larger ones on a pool of one thread per core while reading goes on.
 * A semaphore keeps the content waiting for or under parsing below {@link #MAX_IN_FLIGHT} bytes (a
 * single larger file waits until it is alone). Outcomes are kept per run in read order, so results
 * do not depend on thread timing.
 */
final class Dispatcher implements AutoCloseable {
  static final int MAX_IN_FLIGHT = 64 << 20;
  private static final int INLINE = 256 << 10;

  private final List<Cataloger> catalogers;
  private final List<CatalogRun> runs;
  private final List<ConcurrentSkipListMap<Integer, Outcome>> outcomes = new ArrayList<>();
  private final Semaphore budget = new Semaphore(MAX_IN_FLIGHT);
  private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
  private final @Nullable ExecutorService pool;
  private int seq;

  Dispatcher(List<Cataloger> catalogers, List<CatalogRun> runs) {
    this.catalogers = catalogers;
    this.runs = runs;
    for (int i = 0; i < runs.size(); i++) {
      outcomes.add(new ConcurrentSkipListMap<>());
    }
    int cores = Runtime.getRuntime().availableProcessors();
    this.pool =
        cores < 2
            ? null
            : Executors.newFixedThreadPool(
                cores, Thread.ofPlatform().name("lashing-catalog-", 0).daemon().factory());
  }

  /** Reads {@code file} (bounded to its size) and parses it now or on the pool. */
  void dispatch(FileEntry file, int[] who, InputStream in) throws IOException {
    rethrow();
    int size = (int) file.size();
    int s = seq++;
    if (pool == null || size < INLINE) {
      parse(s, file, who, readFully(file, in, size));
      return;
    }
    int permits = Math.min(size, MAX_IN_FLIGHT);
    budget.acquireUninterruptibly(permits);
    byte[] content;
    try {
      content = readFully(file, in, size);
    } catch (IOException | RuntimeException e) {
      budget.release(permits);
      throw e;
    }
    pool.execute(
        () -> {
          try {
            parse(s, file, who, content);
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            budget.release(permits);
          }
        });
  }

  private static byte[] readFully(FileEntry file, InputStream in, int size) throws IOException {
    byte[] content = in.readNBytes(size);
    if (content.length != size) {
      throw new EOFException(file.location() + ": ends after " + content.length + " bytes");
    }
    return content;
  }

  private void parse(int s, FileEntry file, int[] who, byte[] content) {
    for (int i : who) {
      List<String> w = new ArrayList<>(0);
      CatalogResult r;
      try {
        r = runs.get(i).read(file, content, w::add);
      } catch (RuntimeException | StackOverflowError e) {
        w.add(catalogers.get(i).name() + ": " + file.path() + ": cannot parse (" + e + ")");
        r = CatalogResult.EMPTY;
      }
      boolean empty =
          r.packages().isEmpty() && r.relationships().isEmpty() && r.ownedPaths().isEmpty();
      if (!empty || !w.isEmpty()) {
        outcomes.get(i).put(s, new Outcome(file, r, List.copyOf(w)));
      }
    }
  }

  /** Per run, what each file yielded, in read order; rethrows a failure of the pool. */
  List<List<Outcome>> outcomes() throws IOException {
    rethrow();
    List<List<Outcome>> out = new ArrayList<>();
    outcomes.forEach(m -> out.add(List.copyOf(m.values())));
    return out;
  }

  private void rethrow() throws IOException {
    Throwable t = failure.get();
    switch (t) {
      case null -> {}
      case Error e -> throw e;
      case UncheckedIOException e -> throw e.getCause();
      case RuntimeException e -> throw e;
      default -> throw new IOException(t);
    }
  }

  /** Waits for the parses under way. */
  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
