package dev.lashing.model.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Comparisons per second per scheme (wall clock, and per CPU-second of the benchmark thread, which
 * stays meaningful on a loaded machine), on realistic version strings (a benchmark main run by
 * {@code bench/version-bench.sh}, not a test). Each scheme gets a warm-up, then timed rounds over
 * the same 4,096 pairs; the best round counts.
 */
public final class VersionBench {
  private VersionBench() {}

  public static void main(String[] args) {
    long millis = args.length > 0 ? Long.parseLong(args[0]) : 2000;
    Random r = new Random(42);
    bench("Debian", "dpkg", pairs(r, VersionBench::dpkg), millis);
    bench("npm", "semver", pairs(r, VersionBench::semver), millis);
    bench("Alpine", "apk", pairs(r, VersionBench::apk), millis);
    bench("Red Hat", "rpm", pairs(r, VersionBench::rpm), millis);
    bench("Maven", "maven", pairs(r, VersionBench::maven), millis);
    bench("PyPI", "pep440", pairs(r, VersionBench::pep440), millis);
  }

  interface Gen {
    String next(Random r);
  }

  static String[][] pairs(Random r, Gen g) {
    String[][] p = new String[4096][2];
    for (String[] pair : p) {
      pair[0] = g.next(r);
      // half the pairs share a prefix, as an installed and a fixed version usually do
      pair[1] =
          r.nextBoolean() ? g.next(r) : pair[0].substring(0, pair[0].length() - 1) + r.nextInt(10);
    }
    return p;
  }

  static void bench(String ecosystem, String label, String[][] pairs, long millis) {
    VersionScheme s = VersionSchemes.forEcosystem(ecosystem);
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    long end = System.nanoTime() + millis * 1_000_000L / 2;
    while (System.nanoTime() < end) {
      for (String[] p : pairs) {
        sink += s.compare(p[0], p[1]);
      }
    }
    double best = 0;
    double bestCpu = 0;
    List<Double> rounds = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      long n = 0;
      long cpuStart = cpu.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long stop = start + millis * 1_000_000L / 5;
      long now;
      do {
        for (String[] p : pairs) {
          sink += s.compare(p[0], p[1]);
        }
        n += pairs.length;
        now = System.nanoTime();
      } while (now < stop);
      double perSec = n / ((now - start) / 1e9);
      double perCpuSec = n / ((cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      rounds.add(perSec);
      best = Math.max(best, perSec);
      bestCpu = Math.max(bestCpu, perCpuSec);
    }
    System.out.printf(
        Locale.ROOT,
        "%-8s %6.2f M/s wall, %6.2f M per CPU-second (best of 5; wall rounds %s) [%d]%n",
        label,
        best / 1e6,
        bestCpu / 1e6,
        rounds.stream().map(x -> String.format(Locale.ROOT, "%.2f", x / 1e6)).toList(),
        sink & 1);
  }

  static String dpkg(Random r) {
    String up = (1 + r.nextInt(9)) + "." + r.nextInt(30) + "." + r.nextInt(20);
    String epoch = r.nextInt(5) == 0 ? (1 + r.nextInt(3)) + ":" : "";
    String tail = r.nextInt(4) == 0 ? "+deb12u" + (1 + r.nextInt(4)) : "";
    return epoch
        + up
        + (r.nextBoolean() ? "~rc" + r.nextInt(3) : "")
        + "-"
        + (1 + r.nextInt(5))
        + tail;
  }

  static String semver(Random r) {
    String v = r.nextInt(20) + "." + r.nextInt(40) + "." + r.nextInt(30);
    return r.nextInt(5) == 0 ? v + "-beta." + r.nextInt(5) : v;
  }

  static String apk(Random r) {
    return (1 + r.nextInt(3))
        + "."
        + r.nextInt(12)
        + "."
        + r.nextInt(30)
        + (r.nextInt(4) == 0 ? "_p" + r.nextInt(3) : "")
        + "-r"
        + r.nextInt(12);
  }

  static String rpm(Random r) {
    return (r.nextInt(5) == 0 ? "1:" : "")
        + (1 + r.nextInt(9))
        + "."
        + r.nextInt(20)
        + "."
        + r.nextInt(20)
        + "-"
        + r.nextInt(200)
        + ".el9_"
        + r.nextInt(5);
  }

  static String maven(Random r) {
    String v = (1 + r.nextInt(5)) + "." + r.nextInt(20) + "." + r.nextInt(20);
    return switch (r.nextInt(5)) {
      case 0 -> v + "-SNAPSHOT";
      case 1 -> v + ".RELEASE";
      case 2 -> v + "-beta" + r.nextInt(9);
      default -> v;
    };
  }

  static String pep440(Random r) {
    String v = r.nextInt(10) + "." + r.nextInt(30) + "." + r.nextInt(20);
    return switch (r.nextInt(5)) {
      case 0 -> v + "rc" + r.nextInt(3);
      case 1 -> v + ".post" + r.nextInt(3);
      default -> v;
    };
  }
}
