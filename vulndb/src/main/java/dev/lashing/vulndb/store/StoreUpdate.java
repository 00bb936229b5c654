package dev.lashing.vulndb.store;

import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One change to the store file, made on a private copy: {@link #begin} takes the update lock
 * ({@code vuln.db.lock}) and copies the store (or creates an empty one) beside it; feeds write into
 * the copy; {@link #commit} flushes it to disk and renames it over the store. Readers that opened
 * the old file keep reading it; {@link #close} without a commit deletes the copy and leaves the
 * store as it was — which is also what a killed process leaves (the copy is removed by the next
 * update).
 */
public final class StoreUpdate implements AutoCloseable {

  private static final String WORK_SUFFIX = ".update.tmp";

  private final Path db;
  private final Path work;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Connection conn;
  private final StoreWriter writer;
  private boolean done;

  private StoreUpdate(
      Path db,
      Path work,
      FileChannel lockChannel,
      FileLock lock,
      Connection conn,
      Consumer<String> w)
      throws SQLException {
    this.db = db;
    this.work = work;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.conn = conn;
    this.writer = new StoreWriter(conn, w);
  }

  /**
   * Locks the store and prepares the working copy.
   *
   * @param warnings receives one line per skipped record
   * @throws VulnDataException when another update holds the lock, or the store cannot be copied or
   *     has a newer schema
   */
  public static StoreUpdate begin(Path db, Consumer<String> warnings) throws VulnDataException {
    Path abs = db.toAbsolutePath();
    Path dir = abs.getParent();
    FileChannel channel = null;
    Path work = abs.resolveSibling(abs.getFileName() + WORK_SUFFIX);
    Connection conn = null;
    try {
      Files.createDirectories(dir);
      channel =
          FileChannel.open(
              abs.resolveSibling(abs.getFileName() + ".lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new VulnDataException(
            abs + ": another 'lashing db update' or 'db import' is changing this database");
      }
      Files.deleteIfExists(work); // left by an update that was killed
      Files.deleteIfExists(journal(work));
      if (Files.isRegularFile(abs)) {
        Files.copy(abs, work, StandardCopyOption.REPLACE_EXISTING);
      }
      conn = StoreQueries.openWritable(work);
      Schema.migrate(abs, conn);
      conn.setAutoCommit(false);
      return new StoreUpdate(abs, work, channel, lock, conn, warnings);
    } catch (IOException | SQLException | VulnDataException | RuntimeException e) {
      StoreQueries.close(conn);
      try {
        Files.deleteIfExists(work);
      } catch (IOException ignored) {
        // the next update removes it
      }
      closeQuietly(channel);
      if (e instanceof VulnDataException v) {
        throw v;
      }
      throw new VulnDataException(abs + ": cannot prepare the database update: " + e, e);
    }
  }

  private static void closeQuietly(@Nullable FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // releasing the lock on failure
      }
    }
  }

  /** Starts a feed: returns the sink its records go to. */
  public RecordSink beginFeed(String source, String feed) {
    writer.beginFeed(source, feed);
    return writer;
  }

  /**
   * Ends the current feed.
   *
   * @param fullExport the feed sent every record it has: records it sent before and not now are
   *     deleted
   */
  public FeedCounts endFeed(boolean fullExport) throws VulnDataException {
    try {
      FeedCounts counts = writer.endFeed(fullExport);
      conn.commit(); // into the private working copy; the store itself changes at commit()
      return counts;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Commits what was recorded since the last feed into the working copy. */
  public void checkpoint() throws VulnDataException {
    try {
      conn.commit();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Undoes everything the current feed wrote (its source failed half-way): the working copy is as
   * it was before {@link #beginFeed}, so the other sources of the update can still be committed.
   */
  public void abortFeed() throws VulnDataException {
    try {
      conn.rollback();
      writer.forget();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Records the conditional-request state of a fetched (or imported) feed. */
  public void recordFeed(
      String source, String feed, String url, @Nullable String etag, @Nullable String lastModified)
      throws VulnDataException {
    try (PreparedStatement p =
        conn.prepareStatement(
            "INSERT INTO feeds (source, feed, url, fetched_at, etag, last_modified)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, feed) DO UPDATE SET url ="
                + " excluded.url, fetched_at = excluded.fetched_at, etag = excluded.etag,"
                + " last_modified = excluded.last_modified")) {
      p.setString(1, source);
      p.setString(2, feed);
      p.setString(3, url);
      p.setString(4, Instant.now().toString());
      p.setString(5, etag);
      p.setString(6, lastModified);
      p.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Records a source's row in {@code sources}: URL, now, its record count (advisories, KEV entries
   * and EPSS scores it owns), and the ETag/Last-Modified of its single feed (null for several).
   */
  public void recordSource(
      String source, String url, @Nullable String etag, @Nullable String lastModified)
      throws VulnDataException {
    try (PreparedStatement p =
        conn.prepareStatement(
            "INSERT INTO sources (name, url, fetched_at, records, etag, last_modified) VALUES (?,"
                + " ?, ?, (SELECT count(*) FROM advisories WHERE source = ?1) + (SELECT count(*)"
                + " FROM kev WHERE source = ?1) + (SELECT count(*) FROM epss WHERE source = ?1),"
                + " ?, ?) ON CONFLICT (name) DO UPDATE SET url = excluded.url, fetched_at ="
                + " excluded.fetched_at, records = excluded.records, etag = excluded.etag,"
                + " last_modified = excluded.last_modified")) {
      p.setString(1, source);
      p.setString(2, url);
      p.setString(3, Instant.now().toString());
      p.setString(4, etag);
      p.setString(5, lastModified);
      p.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Every source a feed of this update wrote to (imports route records to several). */
  public Set<String> sourcesWritten() {
    return Set.copyOf(writer.sourcesTouched());
  }

  /** Drops the working copy and installs a copy of {@code storeFile} in its place. */
  void replaceWith(Path storeFile) throws VulnDataException {
    StoreQueries.close(conn);
    try {
      Files.copy(storeFile, work, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel f = FileChannel.open(work, StandardOpenOption.WRITE)) {
        f.force(true);
      }
      Files.move(work, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
    } catch (IOException e) {
      throw new VulnDataException(db + ": cannot install " + storeFile + ": " + e, e);
    }
  }

  /** Makes the working copy the store: commit, flush to disk, atomic rename. */
  public void commit() throws VulnDataException {
    try {
      conn.commit();
      conn.close();
      try (FileChannel f = FileChannel.open(work, StandardOpenOption.WRITE)) {
        f.force(true);
      }
      try {
        Files.move(work, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(work, db, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (SQLException e) {
      throw failure(e);
    } catch (IOException e) {
      throw new VulnDataException(db + ": cannot replace the database with the update: " + e, e);
    } finally {
      close();
    }
  }

  private VulnDataException failure(SQLException e) {
    return new VulnDataException(work + ": cannot write the database update: " + e, e);
  }

  /** Ends the update; without a commit the working copy is deleted and the store is untouched. */
  private static Path journal(Path work) {
    return work.resolveSibling(work.getFileName() + "-journal");
  }

  @Override
  public void close() {
    StoreQueries.close(conn);
    try {
      Files.deleteIfExists(journal(work));
    } catch (IOException ignored) {
      // removed by the next update
    }
    if (!done) {
      try {
        Files.deleteIfExists(work);
      } catch (IOException ignored) {
        // removed by the next update
      }
    }
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    closeQuietly(lockChannel);
  }

  /** Working copies left by killed updates in {@code dir} (for tests and {@code db info}). */
  static long strayCopies(Path dir) throws IOException {
    long n = 0;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + WORK_SUFFIX)) {
      for (Path ignored : s) {
        n++;
      }
    }
    return n;
  }
}
