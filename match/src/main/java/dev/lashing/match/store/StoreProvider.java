package dev.lashing.match.store;

import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStore;

/**
 * Where a scan's vulnerability data comes from: the seam between scanning and the store. {@link
 * StoreProviders} has the implementations: the bundled offline snapshot, a directory of OSV JSON
 * files, and the local store database.
 */
public interface StoreProvider {

  /** Opens the store for one scan; the caller closes it. */
  Opened open() throws VulnDataException;

  /**
   * An open store and what it is.
   *
   * @param description one line for the user ({@code bundled sample snapshot: ...})
   * @param sample true for the bundled snapshot, which is a sample and not complete data
   */
  record Opened(VulnStore store, String description, boolean sample) implements AutoCloseable {
    @Override
    public void close() throws VulnDataException {
      store.close();
    }
  }
}
