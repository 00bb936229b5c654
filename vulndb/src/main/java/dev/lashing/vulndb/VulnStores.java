package dev.lashing.vulndb;

import dev.lashing.vulndb.store.LocalStore;
import java.nio.file.Path;
import java.util.Map;

/** Factories for stores. */
public final class VulnStores {

  private VulnStores() {}

  /**
   * An empty store held in memory, filled through its {@link RecordSink} side: for tests, and for
   * scans of a handful of advisory files without a database.
   */
  public static MemoryStore inMemory() {
    return new MemoryStore();
  }

  /**
   * Opens the local SQLite store for reading (thread-safe). Close it when done.
   *
   * @throws VulnDataException when the file is missing, not a store, or of another schema version
   *     (the message says what to run)
   */
  public static VulnStore open(Path db) throws VulnDataException {
    return LocalStore.open(db);
  }

  /**
   * Where the store lives by default: {@code $XDG_CACHE_HOME/lashing/db/vuln.db}, else {@code
   * ~/.cache/lashing/db/vuln.db}. The CLI's {@code --db PATH} / {@code LASHING_DB} override it.
   */
  public static Path defaultPath(Map<String, String> env) {
    return LocalStore.defaultPath(env);
  }
}
