package dev.lashing.match;

import dev.lashing.model.Location;
import dev.lashing.model.OsInfo;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Matching throughput (a benchmark main run by {@code bench/match-bench.sh}, not a test): N
 * generated advisory records shaped like the real feeds (OSV language records with aliases and one
 * or two ECOSYSTEM ranges; Debian and Alpine records keyed by source package with a fixed version
 * or a status) in a memory store, then P packages of a Debian image with language dependencies
 * matched against it. Prints store size, findings, and the best of five matching runs.
 */
public final class MatchBench {
  private MatchBench() {}

  static final String[][] ECOSYSTEMS = {
    {"Maven", "MAVEN"},
    {"npm", "NPM"},
    {"PyPI", "PYPI"},
    {"Go", "GO_MODULE"},
    {"Debian:12", "DEB"},
    {"Alpine:v3.20", "APK"}
  };

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    int packages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Random r = new Random(7);
    int names = records / 6; // about six records per package name, as popular packages have
    MemoryStore store = VulnStores.inMemory();
    long t0 = System.nanoTime();
    for (int i = 0; i < records; i++) {
      store.advisory(advisory(r, i, names));
    }
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "store: %,d records in %.2f s%n", store.size(), (t1 - t0) / 1e9);
    List<Package> deb = new ArrayList<>();
    List<Package> lang = new ArrayList<>();
    for (int i = 0; i < packages; i++) {
      Package p = pkg(r, i, names);
      (p.type() == PackageType.DEB ? deb : lang).add(p);
    }
    List<Package> all = new ArrayList<>(deb);
    all.addAll(lang);
    OsInfo os = new OsInfo("debian", "12", "bookworm", null, List.of(), "/etc/os-release");
    List<Matcher> matchers = Matchers.defaults();
    int findings = Matching.run(all, os, store, matchers).size(); // warm-up
    double best = Double.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long s = System.nanoTime();
      findings = Matching.run(all, os, store, matchers).size();
      best = Math.min(best, (System.nanoTime() - s) / 1e9);
    }
    System.out.printf(
        Locale.ROOT,
        "match: %,d packages -> %,d findings, best of 5: %.3f s%n",
        all.size(),
        findings,
        best);
  }

  static String name(String eco, int n) {
    return switch (eco) {
      case "Maven" -> "org.example" + (n % 97) + ":artifact-" + n;
      case "npm" -> (n % 3 == 0 ? "@scope" + (n % 11) + "/" : "") + "pkg-" + n;
      case "Go" -> "github.com/org" + (n % 13) + "/mod" + n;
      default -> "pkg-" + n;
    };
  }

  static Advisory advisory(Random r, int i, int names) {
    String[] eco = ECOSYSTEMS[r.nextInt(ECOSYSTEMS.length)];
    String name = name(eco[0], r.nextInt(names));
    int major = r.nextInt(5);
    List<OsvRange> ranges = new ArrayList<>();
    AffectedStatus status = AffectedStatus.AFFECTED;
    String fixed = version(eco[1], major, 5 + r.nextInt(10));
    if (eco[0].startsWith("Debian") && r.nextInt(10) == 0) {
      status = r.nextBoolean() ? AffectedStatus.UNFIXED : AffectedStatus.NOT_AFFECTED;
    } else {
      ranges.add(
          new OsvRange(
              eco[0],
              OsvRange.Type.ECOSYSTEM,
              List.of(
                  new OsvEvent.Introduced(r.nextBoolean() ? "0" : version(eco[1], major, 0)),
                  new OsvEvent.Fixed(fixed))));
      if (r.nextInt(3) == 0) {
        ranges.add(
            new OsvRange(
                eco[0],
                OsvRange.Type.ECOSYSTEM,
                List.of(
                    new OsvEvent.Introduced(version(eco[1], major + 1, 0)),
                    new OsvEvent.Fixed(version(eco[1], major + 1, 3)))));
      }
    }
    String cve = "CVE-20" + (10 + r.nextInt(15)) + "-" + (10000 + i);
    boolean distro = eco[0].contains(":");
    return new Advisory(
        distro ? cve : "GHSA-" + Integer.toString(i, 36) + "-bench",
        distro ? eco[0].substring(0, eco[0].indexOf(':')).toLowerCase(Locale.ROOT) : "osv",
        distro ? List.of() : List.of(cve),
        "Generated record " + i,
        null,
        null,
        null,
        null,
        List.of(),
        distro ? "medium" : "HIGH",
        List.of("CWE-79"),
        List.of("https://example.org/" + cve),
        List.of(new AffectedPackage(eco[0], name, status, ranges, List.of(), null, null)),
        Map.of());
  }

  static String version(String type, int major, int minor) {
    return switch (type) {
      case "DEB" -> major + "." + minor + ".0-1";
      case "APK" -> major + "." + minor + ".0-r0";
      default -> major + "." + minor + ".0";
    };
  }

  static Package pkg(Random r, int i, int names) {
    String[] eco = r.nextInt(10) < 4 ? ECOSYSTEMS[4] : ECOSYSTEMS[r.nextInt(4)];
    PackageType type = PackageType.valueOf(eco[1]);
    int n = r.nextInt(names);
    String name = name(eco[0], n);
    String ns = null;
    String shown = name;
    if (type == PackageType.MAVEN) {
      ns = name.substring(0, name.indexOf(':'));
      shown = name.substring(name.indexOf(':') + 1);
    }
    String version = version(eco[1], r.nextInt(5), r.nextInt(15));
    if (type == PackageType.GO_MODULE) {
      version = "v" + version;
    }
    String purl = "pkg:" + type.purlType() + "/" + shown + "@" + version;
    return new Package(
        "p" + i,
        shown,
        version,
        type,
        purl,
        ns,
        type == PackageType.DEB ? name : null,
        null,
        null,
        List.of(),
        null,
        "bench",
        List.of(new Location("/var/lib/dpkg/status", null)),
        Map.of());
  }
}
