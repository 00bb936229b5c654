package dev.lashing.misconfig;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on a few threads and hands their results to one consumer, on the calling thread, in
 * submission order: the result is the same as a sequential run. At most {@code window} tasks are in
 * flight, so memory stays bounded however many inputs there are. With one thread, tasks run inline.
 */
final class OrderedExecutor<T> implements AutoCloseable {
  private final Consumer<T> consumer;
  private final int window;
  private final Deque<Future<T>> pending = new ArrayDeque<>();
  private final @org.jspecify.annotations.Nullable ExecutorService pool;

  OrderedExecutor(Consumer<T> consumer, int threads) {
    this.consumer = consumer;
    this.window = threads * 4;
    this.pool =
        threads <= 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "lashing-config-scan");
                  t.setDaemon(true);
                  return t;
                });
  }

  /** The worker count for this machine: one per processor, at most 8. */
  static int defaultThreads() {
    return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
  }

  void submit(Supplier<T> task) {
    if (pool == null) {
      consumer.accept(task.get());
      return;
    }
    if (pending.size() >= window) {
      consumer.accept(await(pending.removeFirst()));
    }
    pending.addLast(pool.submit(task::get));
  }

  /** Hands over every result submitted so far. */
  void drain() {
    while (!pending.isEmpty()) {
      consumer.accept(await(pending.removeFirst()));
    }
  }

  @Override
  public void close() {
    try {
      drain();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("configuration scan interrupted", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException r -> throw r;
        case Error err -> throw err;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
  }
}
