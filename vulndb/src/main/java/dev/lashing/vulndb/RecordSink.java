package dev.lashing.vulndb;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;

/** Where a source writes what it read. Implementations are not required to be thread-safe. */
public interface RecordSink {

  /** One advisory; a later advisory with the same source and id replaces the earlier one. */
  void advisory(Advisory advisory);

  /** One KEV catalog entry. */
  void kev(Kev kev);

  /** One EPSS score. */
  void epss(Epss epss);

  /**
   * A record the source skipped, or something else the user should know, on one line naming the
   * file and the record ({@code all.zip: GHSA-xxxx: not valid OSV: $.affected[0]: ...}). The store
   * writer counts and prints these; the default ignores them.
   */
  default void warning(String message) {}
}
