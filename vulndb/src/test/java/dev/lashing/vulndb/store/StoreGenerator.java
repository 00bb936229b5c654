package dev.lashing.vulndb.store;

import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.VulnDataException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark data, not a test: grows a store to a given number of advisories by cloning the real
 * records already in it (import the shared OSV data first) with new ids and package names ({@code
 * name-g1}, {@code name-g2}, ...), ranges, versions, severities and sizes unchanged. The clones go
 * to source {@code generated}. Run with {@code bench/db-generate.sh DB COUNT}.
 */
public final class StoreGenerator {

  private StoreGenerator() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: StoreGenerator DB TOTAL-ADVISORIES");
      System.exit(2);
    }
    long start = System.nanoTime();
    long made = generate(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.printf(
        "%s: %d advisories generated in %.1f s%n",
        args[0], made, (System.nanoTime() - start) / 1e9);
  }

  /** Adds clones until the store holds {@code total} advisories; returns how many were added. */
  public static long generate(Path db, int total) throws VulnDataException, SQLException {
    List<Advisory> templates = new ArrayList<>();
    long have;
    try (Connection c = StoreQueries.openReadOnly(db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT json FROM advisories WHERE source != 'generated'")) {
      while (rs.next()) {
        templates.add(AdvisoryCodec.decode(rs.getString(1)));
      }
      have = StoreQueries.count(c, "SELECT count(*) FROM advisories");
    }
    if (templates.isEmpty()) {
      throw new VulnDataException(db + ": no advisories to clone; import real data first");
    }
    long made = 0;
    try (StoreUpdate u = StoreUpdate.begin(db, System.err::println)) {
      RecordSink sink = u.beginFeed("generated", "bench");
      for (long i = have; i < total; i++) {
        Advisory t = templates.get((int) (i % templates.size()));
        sink.advisory(clone(t, "g" + (i / templates.size() + 1)));
        made++;
      }
      u.endFeed(false);
      u.recordSource("generated", "generated:" + templates.size() + "-templates", null, null);
      u.commit();
    }
    return made;
  }

  private static Advisory clone(Advisory t, String tag) {
    List<AffectedPackage> affected = new ArrayList<>();
    for (AffectedPackage p : t.affected()) {
      List<OsvRange> ranges = new ArrayList<>();
      for (OsvRange r : p.ranges()) {
        ranges.add(new OsvRange(r.ecosystem(), r.type(), r.events()));
      }
      affected.add(
          new AffectedPackage(
              p.ecosystem(),
              p.name() + "-" + tag,
              p.status(),
              ranges,
              p.versions(),
              p.severity(),
              p.note()));
    }
    return new Advisory(
        t.id() + "-" + tag,
        "generated",
        t.aliases().stream().map(a -> a + "-" + tag).toList(),
        t.summary(),
        t.details(),
        t.published(),
        t.modified(),
        t.withdrawn(),
        t.cvss(),
        t.severity(),
        t.cwes(),
        t.references(),
        affected,
        t.databaseSpecific());
  }
}
