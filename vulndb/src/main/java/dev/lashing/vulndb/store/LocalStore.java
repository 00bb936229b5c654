package dev.lashing.vulndb.store;

import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The store file: where it lives, opening it for reading, its summary, and exporting it. */
public final class LocalStore {

  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.UTF_8);

  private LocalStore() {}

  /**
   * {@code $XDG_CACHE_HOME/lashing/db/vuln.db}, or {@code ~/.cache/lashing/db/vuln.db} when
   * XDG_CACHE_HOME is unset or empty.
   */
  public static Path defaultPath(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    Path cache =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("lashing").resolve("db").resolve("vuln.db");
  }

  /**
   * Opens the store for reading (thread-safe, read-only).
   *
   * @throws VulnDataException when the file is missing, not a store, or of another schema version
   */
  public static VulnStore open(Path db) throws VulnDataException {
    Connection c = StoreQueries.openReadOnly(db);
    try {
      return new SqliteStore(db, c);
    } catch (SQLException e) {
      StoreQueries.close(c);
      throw new VulnDataException(db + ": cannot read the vulnerability database: " + e, e);
    }
  }

  /** True when the file starts with SQLite's header (a store made by {@code db export}). */
  public static boolean isSqliteFile(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  /** Schema version, size, counts and sources of the store. */
  public static StoreInfo info(Path db) throws VulnDataException {
    try (Connection c = StoreQueries.openReadOnly(db)) {
      return new StoreInfo(
          db.toAbsolutePath(),
          Schema.version(c),
          Files.size(db),
          StoreQueries.count(c, "SELECT count(*) FROM advisories"),
          StoreQueries.count(c, "SELECT count(*) FROM advisories WHERE withdrawn IS NOT NULL"),
          StoreQueries.count(c, "SELECT count(*) FROM kev"),
          StoreQueries.count(c, "SELECT count(*) FROM epss"),
          StoreQueries.sources(c));
    } catch (SQLException | IOException e) {
      throw new VulnDataException(db + ": cannot read the vulnerability database: " + e, e);
    }
  }

  /**
   * The conditional-request state of every feed, keyed {@code source + "/" + feed}; empty when the
   * store does not exist yet.
   */
  public static Map<String, FeedState> feedStates(Path db) throws VulnDataException {
    Map<String, FeedState> out = new HashMap<>();
    if (!Files.isRegularFile(db)) {
      return out;
    }
    try (Connection c = StoreQueries.openReadOnly(db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source, feed, url, fetched_at, etag, last_modified FROM feeds")) {
      while (rs.next()) {
        out.put(
            rs.getString(1) + "/" + rs.getString(2),
            new FeedState(
                rs.getString(3), Instant.parse(rs.getString(4)), rs.getString(5), rs.getString(6)));
      }
      return out;
    } catch (SQLException e) {
      throw new VulnDataException(db + ": cannot read the vulnerability database: " + e, e);
    }
  }

  /**
   * Writes a consistent single-file snapshot of the store to {@code out} ({@code VACUUM INTO} a
   * temporary file beside it, then an atomic rename), while readers and updates go on.
   */
  public static void export(Path db, Path out) throws VulnDataException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new VulnDataException(out + ": directory " + dir + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new VulnDataException(out + ": is a directory");
    }
    Path tmp = dir.resolve("." + target.getFileName() + ".export.tmp");
    try (Connection c = StoreQueries.openReadOnly(db)) {
      Files.deleteIfExists(tmp);
      try (PreparedStatement p = c.prepareStatement("VACUUM INTO ?")) {
        p.setString(1, tmp.toString());
        p.execute();
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (SQLException | IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort
      }
      throw new VulnDataException(out + ": cannot export the vulnerability database: " + e, e);
    }
  }

  /**
   * Replaces the store with a store file made by {@link #export} (for air-gapped machines), after
   * checking it is one this build can read; atomic, under the update lock.
   */
  public static void replaceWith(Path db, Path storeFile) throws VulnDataException {
    StoreQueries.close(StoreQueries.openReadOnly(storeFile)); // refuses foreign or newer files
    try (StoreUpdate u = StoreUpdate.begin(db, w -> {})) {
      u.replaceWith(storeFile);
    }
  }
}
