package dev.lashing.vulndb.store;

import dev.lashing.vulndb.SourceInfo;
import dev.lashing.vulndb.VulnDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opening store files and the queries both the reader and the writer need. */
final class StoreQueries {

  static {
    // sqlite-jdbc logs through SLF4J when it is on the class path (networknt brings it); Lashing
    // binds no provider, and SLF4J would print three lines about that. Choose its silent one.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
  }

  private StoreQueries() {}

  /** A read-only connection to an existing store whose schema this build can read. */
  static Connection openReadOnly(Path db) throws VulnDataException {
    if (!Files.isRegularFile(db)) {
      throw new VulnDataException(
          db
              + ": no vulnerability database here; run 'lashing db update' (or 'lashing db import"
              + " PATH' offline), or point --db / LASHING_DB at one");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    // A scan's lookups touch index and record pages all over the file: keep 32 MiB of pages
    config.setCacheSize(-32768);
    Connection c = null;
    try {
      c = config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
      int version = Schema.version(c);
      Schema.checkReadable(db, version);
      if (version < Schema.CURRENT) {
        throw new VulnDataException(
            db
                + ": vulnerability database schema version "
                + version
                + " is older than this Lashing's ("
                + Schema.CURRENT
                + "); run 'lashing db update' to migrate it");
      }
      return c;
    } catch (SQLException e) {
      close(c);
      throw new VulnDataException(
          db + ": not a readable vulnerability database (" + e.getMessage() + ")", e);
    } catch (VulnDataException | RuntimeException e) {
      close(c);
      throw e;
    }
  }

  /**
   * A writable connection for a working copy. No fsync while writing (the copy is discarded on a
   * crash and flushed once before the rename); a rollback journal so a failed feed can be undone.
   */
  static Connection openWritable(Path db) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.TRUNCATE);
    config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setCacheSize(-65536); // 64 MiB page cache while writing
    return config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
  }

  static void close(@Nullable Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing after a failure: the first error is the one to report
      }
    }
  }

  static List<SourceInfo> sources(Connection c) throws SQLException {
    List<SourceInfo> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name, url, fetched_at, records, etag, last_modified FROM sources"
                    + " ORDER BY name")) {
      while (rs.next()) {
        out.add(
            new SourceInfo(
                rs.getString(1),
                rs.getString(2),
                Instant.parse(rs.getString(3)),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6)));
      }
    }
    return List.copyOf(out);
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
