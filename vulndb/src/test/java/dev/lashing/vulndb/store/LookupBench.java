package dev.lashing.vulndb.store;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.vulndb.PackageKey;
import dev.lashing.vulndb.VulnStore;
import dev.lashing.vulndb.VulnStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a test: one batch lookup of N packages (half of them names the store has, half
 * unknown) in a fresh process, the way a scan asks; prints the time and how many advisories came
 * back. Run with {@code bench/db-generate.sh}.
 */
public final class LookupBench {

  private LookupBench() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    List<PackageKey> keys = new ArrayList<>();
    try (Connection c = StoreQueries.openReadOnly(db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT ecosystem, name FROM affected ORDER BY random() LIMIT " + n / 2)) {
      while (rs.next()) {
        keys.add(new PackageKey(rs.getString(1), rs.getString(2)));
      }
    }
    for (int i = keys.size(); i < n; i++) {
      keys.add(new PackageKey(i % 2 == 0 ? "npm" : "Maven", "absent-package-" + i));
    }
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long found = 0;
      try (VulnStore store = VulnStores.open(db)) {
        Map<PackageKey, List<Advisory>> hits = store.advisoriesFor(keys);
        for (List<Advisory> l : hits.values()) {
          found += l.size();
        }
      }
      long cpuNow =
          java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      System.out.printf(
          "round %d: %d packages looked up, %d advisories returned, %.0f ms wall, %.0f ms CPU"
              + " (open + query + decode)%n",
          round, keys.size(), found, (System.nanoTime() - start) / 1e6, (cpuNow - cpu) / 1e6);
    }
  }
}
