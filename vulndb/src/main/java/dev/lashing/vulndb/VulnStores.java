package dev.lashing.vulndb;

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
}
