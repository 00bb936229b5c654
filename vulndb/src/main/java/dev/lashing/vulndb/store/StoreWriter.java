package dev.lashing.vulndb.store;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.Ecosystems;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.RecordSink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes records into a working copy as a delta: an advisory whose content hash equals the stored
 * one is left alone; a changed one has its row and index rows replaced; at the end of a feed that
 * is a full export, the records that feed wrote before and did not send again are deleted. Not
 * thread-safe (one feed at a time, as {@link RecordSink} allows).
 */
final class StoreWriter implements RecordSink {

  /** What the store held for one advisory before this update. */
  private record Stored(long pk, byte[] hash, String feed) {}

  private final Connection conn;
  private final Consumer<String> warnings;
  private final Map<String, Map<String, Stored>> existing = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Set<String> touched = new LinkedHashSet<>();
  private final Set<String> committed = new LinkedHashSet<>();
  private final Set<String> seenKev = new HashSet<>();
  private final Set<String> seenEpss = new HashSet<>();
  private final PreparedStatement insert;
  private final PreparedStatement update;
  private final PreparedStatement touchFeed;
  private final PreparedStatement insertAffected;
  private final PreparedStatement insertId;
  private final PreparedStatement deleteAffected;
  private final PreparedStatement deleteIds;
  private final PreparedStatement upsertKev;
  private final PreparedStatement upsertEpss;
  private final MessageDigest sha;
  private String source = "";
  private String feed = "";
  private long written;
  private long unchanged;
  private long skipped;
  private long withdrawn;

  StoreWriter(Connection conn, Consumer<String> warnings) throws SQLException {
    this.conn = conn;
    this.warnings = warnings;
    insert =
        conn.prepareStatement(
            "INSERT INTO advisories (source, id, feed, modified, withdrawn, hash, json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            java.sql.Statement.RETURN_GENERATED_KEYS);
    update =
        conn.prepareStatement(
            "UPDATE advisories SET feed = ?, modified = ?, withdrawn = ?, hash = ?, json = ?"
                + " WHERE pk = ?");
    touchFeed = conn.prepareStatement("UPDATE advisories SET feed = ? WHERE pk = ?");
    insertAffected =
        conn.prepareStatement("INSERT INTO affected (ecosystem, name, advisory) VALUES (?, ?, ?)");
    insertId = conn.prepareStatement("INSERT INTO ids (id, advisory) VALUES (?, ?)");
    deleteAffected = conn.prepareStatement("DELETE FROM affected WHERE advisory = ?");
    deleteIds = conn.prepareStatement("DELETE FROM ids WHERE advisory = ?");
    upsertKev =
        conn.prepareStatement(
            "INSERT INTO kev (cve, source, feed, date_added, due_date, ransomware, vendor, product,"
                + " action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cve) DO UPDATE SET"
                + " source = excluded.source, feed = excluded.feed, date_added ="
                + " excluded.date_added, due_date = excluded.due_date, ransomware ="
                + " excluded.ransomware, vendor = excluded.vendor, product = excluded.product,"
                + " action = excluded.action WHERE (kev.source, kev.feed, kev.date_added,"
                + " kev.due_date, kev.ransomware, kev.vendor, kev.product, kev.action) IS NOT"
                + " (excluded.source, excluded.feed, excluded.date_added, excluded.due_date,"
                + " excluded.ransomware, excluded.vendor, excluded.product, excluded.action)");
    upsertEpss =
        conn.prepareStatement(
            "INSERT INTO epss (cve, source, feed, score, percentile, date) VALUES (?, ?, ?, ?, ?,"
                + " ?) ON CONFLICT (cve) DO UPDATE SET source = excluded.source, feed ="
                + " excluded.feed, score = excluded.score, percentile = excluded.percentile, date"
                + " = excluded.date WHERE (epss.source, epss.feed, epss.score, epss.percentile,"
                + " epss.date) IS NOT (excluded.source, excluded.feed, excluded.score,"
                + " excluded.percentile, excluded.date)");
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sources this writer has received records for. */
  Set<String> sourcesTouched() {
    return touched;
  }

  /** Drops what the writer remembers of the store after the current feed was rolled back. */
  void forget() {
    existing.clear();
    touched.clear();
    touched.addAll(committed);
  }

  /** Starts one feed of one source: kev/epss records and the deletion sweep belong to it. */
  void beginFeed(String source, String feed) {
    this.source = source;
    this.feed = feed;
    seen.clear();
    seenKev.clear();
    seenEpss.clear();
    written = unchanged = skipped = withdrawn = 0;
  }

  private Map<String, Stored> existing(String src) throws SQLException {
    Map<String, Stored> m = existing.get(src);
    if (m == null) {
      m = new HashMap<>();
      try (PreparedStatement p =
          conn.prepareStatement("SELECT id, pk, hash, feed FROM advisories WHERE source = ?")) {
        p.setString(1, src);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            m.put(rs.getString(1), new Stored(rs.getLong(2), rs.getBytes(3), rs.getString(4)));
          }
        }
      }
      existing.put(src, m);
    }
    return m;
  }

  @Override
  public void advisory(Advisory a) {
    try {
      write(a);
    } catch (SQLException e) {
      throw new StoreFailure(e);
    }
  }

  private void write(Advisory a) throws SQLException {
    if (a.withdrawn() != null) {
      withdrawn++;
    }
    String json = AdvisoryCodec.encode(a);
    byte[] hash = Arrays.copyOf(sha.digest(json.getBytes(StandardCharsets.UTF_8)), 16);
    touched.add(a.source());
    Map<String, Stored> stored = existing(a.source());
    Stored old = stored.get(a.id());
    if (a.source().equals(source)) {
      seen.add(a.id());
    }
    if (old != null && Arrays.equals(old.hash(), hash)) {
      unchanged++;
      if (!old.feed().equals(feed)) {
        touchFeed.setString(1, feed);
        touchFeed.setLong(2, old.pk());
        touchFeed.executeUpdate();
        stored.put(a.id(), new Stored(old.pk(), hash, feed));
      }
      return;
    }
    long pk;
    String modified = a.modified() == null ? null : a.modified().toString();
    String wd = a.withdrawn() == null ? null : a.withdrawn().toString();
    if (old == null) {
      insert.setString(1, a.source());
      insert.setString(2, a.id());
      insert.setString(3, feed);
      insert.setString(4, modified);
      insert.setString(5, wd);
      insert.setBytes(6, hash);
      insert.setString(7, json);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        pk = keys.getLong(1);
      }
    } else {
      pk = old.pk();
      update.setString(1, feed);
      update.setString(2, modified);
      update.setString(3, wd);
      update.setBytes(4, hash);
      update.setString(5, json);
      update.setLong(6, pk);
      update.executeUpdate();
      unindex(pk);
    }
    stored.put(a.id(), new Stored(pk, hash, feed));
    index(a, pk);
    written++;
  }

  private void index(Advisory a, long pk) throws SQLException {
    Set<String> packages = new LinkedHashSet<>();
    for (AffectedPackage p : a.affected()) {
      packages.add(p.ecosystem() + "\u0000" + Ecosystems.normalizeName(p.ecosystem(), p.name()));
    }
    for (String key : packages) {
      int nul = key.indexOf('\u0000');
      insertAffected.setString(1, key.substring(0, nul));
      insertAffected.setString(2, key.substring(nul + 1));
      insertAffected.setLong(3, pk);
      insertAffected.addBatch();
    }
    insertAffected.executeBatch();
    Set<String> ids = new LinkedHashSet<>();
    ids.add(a.id());
    ids.addAll(a.aliases());
    for (String id : ids) {
      insertId.setString(1, id);
      insertId.setLong(2, pk);
      insertId.addBatch();
    }
    insertId.executeBatch();
  }

  private void unindex(long pk) throws SQLException {
    deleteAffected.setLong(1, pk);
    deleteAffected.executeUpdate();
    deleteIds.setLong(1, pk);
    deleteIds.executeUpdate();
  }

  @Override
  public void kev(Kev k) {
    try {
      seenKev.add(k.cve());
      touched.add(source);
      upsertKev.setString(1, k.cve());
      upsertKev.setString(2, source);
      upsertKev.setString(3, feed);
      upsertKev.setString(4, k.dateAdded().toString());
      upsertKev.setString(5, k.dueDate() == null ? null : k.dueDate().toString());
      upsertKev.setInt(6, k.knownRansomware() ? 1 : 0);
      upsertKev.setString(7, k.vendorProject());
      upsertKev.setString(8, k.product());
      upsertKev.setString(9, k.requiredAction());
      count(upsertKev.executeUpdate());
    } catch (SQLException e) {
      throw new StoreFailure(e);
    }
  }

  @Override
  public void epss(Epss e) {
    try {
      seenEpss.add(e.cve());
      touched.add(source);
      upsertEpss.setString(1, e.cve());
      upsertEpss.setString(2, source);
      upsertEpss.setString(3, feed);
      upsertEpss.setDouble(4, e.score());
      upsertEpss.setDouble(5, e.percentile());
      upsertEpss.setString(6, e.date().toString());
      count(upsertEpss.executeUpdate());
    } catch (SQLException x) {
      throw new StoreFailure(x);
    }
  }

  private void count(int changedRows) {
    if (changedRows > 0) {
      written++;
    } else {
      unchanged++;
    }
  }

  @Override
  public void warning(String message) {
    skipped++;
    warnings.accept(message);
  }

  /**
   * Ends the current feed.
   *
   * @param fullExport true when the feed sent everything it has, so records it wrote before and did
   *     not send again are deleted
   */
  FeedCounts endFeed(boolean fullExport) throws SQLException {
    long deleted = 0;
    if (fullExport) {
      Map<String, Stored> stored = existing(source);
      for (var it = stored.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        if (e.getValue().feed().equals(feed) && !seen.contains(e.getKey())) {
          long pk = e.getValue().pk();
          unindex(pk);
          try (PreparedStatement p = conn.prepareStatement("DELETE FROM advisories WHERE pk = ?")) {
            p.setLong(1, pk);
            p.executeUpdate();
          }
          it.remove();
          deleted++;
        }
      }
      deleted += sweep("kev", seenKev);
      deleted += sweep("epss", seenEpss);
    }
    committed.addAll(touched);
    return new FeedCounts(written, unchanged, deleted, skipped, withdrawn);
  }

  private long sweep(String table, Set<String> kept) throws SQLException {
    long deleted = 0;
    java.util.List<String> gone = new java.util.ArrayList<>();
    try (PreparedStatement p =
        conn.prepareStatement("SELECT cve FROM " + table + " WHERE source = ? AND feed = ?")) {
      p.setString(1, source);
      p.setString(2, feed);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          if (!kept.contains(rs.getString(1))) {
            gone.add(rs.getString(1));
          }
        }
      }
    }
    try (PreparedStatement d = conn.prepareStatement("DELETE FROM " + table + " WHERE cve = ?")) {
      for (String cve : gone) {
        d.setString(1, cve);
        deleted += d.executeUpdate();
      }
    }
    return deleted;
  }

  /** A database failure while a source pushes records; unwrapped by the update. */
  static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
