package dev.lashing.vulndb.store;

import dev.lashing.vulndb.VulnDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema version and its migrations: one literal, ordered list of SQL resources; the
 * migration at index i takes the schema from version i to i+1. Plain JDBC rather than Flyway: one
 * embedded file, forward-only migrations, and a reader that must refuse a newer file need a version
 * row, not a migration framework and its history table.
 */
final class Schema {

  static final List<String> MIGRATIONS = List.of("001-initial.sql");

  /** The schema version this build writes and reads. */
  static final int CURRENT = MIGRATIONS.size();

  private Schema() {}

  /** The file's schema version, 0 for an empty database. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
      if (!rs.next()) {
        return 0;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
    } catch (NumberFormatException e) {
      throw new SQLException("meta.schema_version is not a number", e);
    }
  }

  /** Refuses a file written by a newer Lashing (or not a Lashing store at all). */
  static void checkReadable(Path db, int version) throws VulnDataException {
    if (version > CURRENT) {
      throw new VulnDataException(
          db
              + ": vulnerability database schema version "
              + version
              + " is newer than this Lashing supports ("
              + CURRENT
              + "); upgrade Lashing, or run 'lashing db update' with --db pointing elsewhere");
    }
    if (version < 1) {
      throw new VulnDataException(
          db + ": not a Lashing vulnerability database (no schema version)");
    }
  }

  /** Brings a writable database to {@link #CURRENT}, one migration per transaction. */
  static void migrate(Path db, Connection c) throws VulnDataException, SQLException {
    int version = version(c);
    if (version > CURRENT) {
      checkReadable(db, version);
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      if (version == 0) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        }
      }
      for (int v = version; v < CURRENT; v++) {
        try (Statement s = c.createStatement()) {
          for (String sql : statements(MIGRATIONS.get(v))) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
          p.setString(1, Integer.toString(v + 1));
          p.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** The statements of one migration resource: split at ';' ending a line, comments dropped. */
  static List<String> statements(String resource) {
    String text;
    try (InputStream in = Schema.class.getResourceAsStream("migrations/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("migration resource missing: " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + resource, e);
    }
    StringBuilder current = new StringBuilder();
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith("--") || l.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (l.endsWith(";")) {
        out.add(current.toString().strip().replaceFirst(";$", ""));
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString().strip());
    }
    return List.copyOf(out);
  }
}
