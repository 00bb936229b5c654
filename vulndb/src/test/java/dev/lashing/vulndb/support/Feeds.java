package dev.lashing.vulndb.support;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.VulnStores;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Test helpers: run a source over a classpath fixture or a string into an in-memory store. */
public final class Feeds {

  private Feeds() {}

  /** Reads {@code resource} as the source's first feed; returns the store. */
  public static MemoryStore load(VulnSource source, String resource) throws Exception {
    MemoryStore store = VulnStores.inMemory();
    read(source, source.feeds().getFirst(), URI.create("file:" + resource), resource, store);
    return store;
  }

  /** Reads {@code resource} as {@code feed} fetched from {@code from}; returns the next page. */
  public static @Nullable URI read(
      VulnSource source, Feed feed, URI from, String resource, MemoryStore store) throws Exception {
    try (InputStream in = Feeds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return source.read(feed, from, in, store);
    }
  }

  /** Reads {@code content} as the source's first feed from {@code file:x}. */
  public static MemoryStore string(VulnSource source, String content) throws Exception {
    MemoryStore store = VulnStores.inMemory();
    source.read(
        source.feeds().getFirst(),
        URI.create("file:x"),
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        store);
    return store;
  }
}
