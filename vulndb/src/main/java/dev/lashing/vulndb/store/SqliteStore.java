package dev.lashing.vulndb.store;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.Ecosystems;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.PackageKey;
import dev.lashing.vulndb.SourceInfo;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link VulnStore} over the SQLite file, read-only. One connection with prepared statements,
 * guarded by the instance lock (SQLite answers an indexed lookup in microseconds, so readers
 * queueing is cheaper than a pool), and an LRU cache of decoded advisories keyed by row.
 */
final class SqliteStore implements VulnStore {

  private static final int CACHE = 8_192;
  private static final int BATCH = 500;

  private final Path path;
  private final Connection conn;
  private final PreparedStatement byPackage;
  private final PreparedStatement byId;
  private final PreparedStatement kev;
  private final PreparedStatement epss;
  private final Map<Long, Advisory> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Advisory> eldest) {
          return size() > CACHE;
        }
      };

  SqliteStore(Path path, Connection conn) throws SQLException {
    this.path = path;
    this.conn = conn;
    this.byPackage =
        conn.prepareStatement(
            "SELECT a.pk, a.json FROM affected f JOIN advisories a ON a.pk = f.advisory"
                + " WHERE f.ecosystem = ? AND f.name = ? ORDER BY a.pk");
    this.byId =
        conn.prepareStatement(
            "SELECT DISTINCT a.pk, a.json FROM ids i JOIN advisories a ON a.pk = i.advisory"
                + " WHERE i.id = ? ORDER BY a.pk");
    this.kev =
        conn.prepareStatement(
            "SELECT date_added, due_date, ransomware, vendor, product, action FROM kev"
                + " WHERE cve = ?");
    this.epss = conn.prepareStatement("SELECT score, percentile, date FROM epss WHERE cve = ?");
  }

  private VulnDataException failure(SQLException e) {
    return new VulnDataException(path + ": cannot read the vulnerability database: " + e, e);
  }

  @Override
  public synchronized List<Advisory> advisoriesFor(String ecosystem, String name)
      throws VulnDataException {
    try {
      byPackage.setString(1, ecosystem);
      byPackage.setString(2, Ecosystems.normalizeName(ecosystem, name));
      return rows(byPackage);
    } catch (SQLException | IllegalArgumentException e) {
      throw wrap(e);
    }
  }

  @Override
  public synchronized Map<PackageKey, List<Advisory>> advisoriesFor(Collection<PackageKey> packages)
      throws VulnDataException {
    // (ecosystem, normalised name) -> row ids, filled by one IN query per ecosystem and chunk.
    Map<String, Map<String, List<Long>>> rows = new HashMap<>();
    Map<String, Set<String>> names = new LinkedHashMap<>();
    for (PackageKey k : packages) {
      names.computeIfAbsent(k.ecosystem(), e -> new LinkedHashSet<>()).add(k.normalizedName());
    }
    try {
      for (Map.Entry<String, Set<String>> e : names.entrySet()) {
        List<String> all = new ArrayList<>(e.getValue());
        Map<String, List<Long>> found = rows.computeIfAbsent(e.getKey(), x -> new HashMap<>());
        for (int i = 0; i < all.size(); i += BATCH) {
          List<String> chunk = all.subList(i, Math.min(all.size(), i + BATCH));
          String sql =
              "SELECT name, advisory FROM affected WHERE ecosystem = ? AND name IN ("
                  + "?,".repeat(chunk.size() - 1)
                  + "?)";
          try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, e.getKey());
            for (int j = 0; j < chunk.size(); j++) {
              p.setString(j + 2, chunk.get(j));
            }
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                found.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(rs.getLong(2));
              }
            }
          }
        }
      }
      Map<Long, Advisory> decoded = load(rows);
      Map<PackageKey, List<Advisory>> out = new LinkedHashMap<>();
      for (PackageKey k : packages) {
        List<Long> pks = rows.get(k.ecosystem()).getOrDefault(k.normalizedName(), List.of());
        List<Advisory> list = new ArrayList<>(pks.size());
        for (long pk : new java.util.TreeSet<>(pks)) {
          list.add(decoded.get(pk));
        }
        out.putIfAbsent(k, List.copyOf(list));
      }
      return out;
    } catch (SQLException | IllegalArgumentException e) {
      throw wrap(e);
    }
  }

  /** The advisories of these rows: from the cache, the rest in chunked IN queries. */
  private Map<Long, Advisory> load(Map<String, Map<String, List<Long>>> rows) throws SQLException {
    Map<Long, Advisory> out = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Map<String, List<Long>> byName : rows.values()) {
      for (List<Long> pks : byName.values()) {
        for (long pk : pks) {
          if (!out.containsKey(pk)) {
            Advisory a = cache.get(pk);
            out.put(pk, a);
            if (a == null) {
              missing.add(pk);
            }
          }
        }
      }
    }
    java.util.Collections.sort(missing); // row order: pages are read front to back
    for (int i = 0; i < missing.size(); i += BATCH) {
      List<Long> chunk = missing.subList(i, Math.min(missing.size(), i + BATCH));
      String sql =
          "SELECT pk, json FROM advisories WHERE pk IN (" + "?,".repeat(chunk.size() - 1) + "?)";
      try (PreparedStatement p = conn.prepareStatement(sql)) {
        for (int j = 0; j < chunk.size(); j++) {
          p.setLong(j + 1, chunk.get(j));
        }
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            Advisory a = AdvisoryCodec.decode(rs.getString(2));
            cache.put(rs.getLong(1), a);
            out.put(rs.getLong(1), a);
          }
        }
      }
    }
    return out;
  }

  @Override
  public synchronized List<Advisory> byId(String id) throws VulnDataException {
    try {
      byId.setString(1, id);
      return rows(byId);
    } catch (SQLException | IllegalArgumentException e) {
      throw wrap(e);
    }
  }

  private List<Advisory> rows(PreparedStatement p) throws SQLException {
    List<Advisory> out = new ArrayList<>();
    Set<Long> seen = new java.util.HashSet<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        long pk = rs.getLong(1);
        if (seen.add(pk)) {
          Advisory a = cache.get(pk);
          if (a == null) {
            a = AdvisoryCodec.decode(rs.getString(2));
            cache.put(pk, a);
          }
          out.add(a);
        }
      }
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized Optional<Kev> kev(String cve) throws VulnDataException {
    try {
      kev.setString(1, cve);
      try (ResultSet rs = kev.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String due = rs.getString(2);
        return Optional.of(
            new Kev(
                cve,
                LocalDate.parse(rs.getString(1)),
                due == null ? null : LocalDate.parse(due),
                rs.getInt(3) != 0,
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)));
      }
    } catch (SQLException | RuntimeException e) {
      throw wrap(e);
    }
  }

  @Override
  public synchronized Optional<Epss> epss(String cve) throws VulnDataException {
    try {
      epss.setString(1, cve);
      try (ResultSet rs = epss.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Epss(cve, rs.getDouble(1), rs.getDouble(2), LocalDate.parse(rs.getString(3))));
      }
    } catch (SQLException | RuntimeException e) {
      throw wrap(e);
    }
  }

  @Override
  public synchronized List<SourceInfo> sources() throws VulnDataException {
    try {
      return StoreQueries.sources(conn);
    } catch (SQLException | RuntimeException e) {
      throw wrap(e);
    }
  }

  private VulnDataException wrap(Exception e) {
    if (e instanceof SQLException s) {
      return failure(s);
    }
    return new VulnDataException(path + ": corrupt record in the vulnerability database: " + e, e);
  }

  @Override
  public synchronized void close() throws VulnDataException {
    try {
      conn.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }
}
