package dev.lashing.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.CheckCatalog;
import dev.lashing.misconfig.check.CrossRefs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opt-in ({@code ./mvnw verify -Pconformance}): for every peer check that a Lashing check
 * cross-references, the peer's positive samples must be flagged (at the stated lines where the peer
 * states them) and its negatives not. Writes {@code target/conformance.md}; fails when a peer's
 * agreement on mapped checks is below 95 %, or when less than 70 % of the KICS Kubernetes, KICS
 * Dockerfile, Checkov CKV_K8S or Checkov CKV_DOCKER checks are mapped (issue 5, item 7).
 */
class MisconfigConformanceTest {
  private static final double TARGET = 95.0;
  private static final double MAPPED_TARGET = 70.0;
  private static final List<String> POPULATIONS =
      List.of("kics k8s", "kics dockerfile", "checkov k8s", "checkov dockerfile");

  private record Peer(String name, Function<CrossRefs, List<String>> refs) {}

  private static final List<Peer> PEERS =
      List.of(
          new Peer("kics", CrossRefs::kics),
          new Peer("checkov", CrossRefs::checkov),
          new Peer("trivy", CrossRefs::trivy),
          new Peer("kubescape", CrossRefs::kubescape),
          new Peer("polaris", CrossRefs::polaris));

  @Test
  void peersAgreeOnMappedChecks() throws Exception {
    Assumptions.assumeTrue(
        "true".equals(System.getProperty("lashing.conformance")),
        "conformance is opt-in: ./mvnw -B -pl misconfig -am verify -Pconformance");
    String peers = System.getProperty("lashing.peers");
    Path root = peers == null ? null : Path.of(peers, "03-k8s-misconfig");
    Assumptions.assumeTrue(
        root != null && Files.isDirectory(root),
        "peer suite not found at " + root + " (set -Dlashing.peers=PATH to ../shared/peers)");

    List<Check> checks = CheckCatalog.builtin();
    PeerSuites suites = new PeerSuites(root);
    Map<String, ConfigScanner> scanners = new HashMap<>();
    StringBuilder report = new StringBuilder("# Misconfiguration conformance against peers\n\n");
    report.append("| peer | peer checks | mapped | mapped % | cases | agree | agreement % |\n");
    report.append("|---|---:|---:|---:|---:|---:|---:|\n");
    List<String> misses = new ArrayList<>();
    Map<String, Double> agreement = new LinkedHashMap<>();
    for (Peer peer : PEERS) {
      Map<String, Set<String>> byPeerCheck = new HashMap<>();
      for (Check c : checks) {
        for (String ref : peer.refs().apply(c.crossRefs())) {
          byPeerCheck.computeIfAbsent(ref, k -> new TreeSet<>()).add(c.id());
        }
      }
      List<PeerCase> cases =
          switch (peer.name()) {
            case "kics" -> suites.kics(byPeerCheck.keySet());
            case "checkov" -> suites.checkov(byPeerCheck.keySet());
            case "trivy" -> suites.trivy(byPeerCheck.keySet());
            case "kubescape" -> suites.kubescape(byPeerCheck.keySet());
            default -> suites.polaris(byPeerCheck.keySet());
          };
      int total = 0;
      int agreed = 0;
      for (PeerCase pc : cases) {
        Set<String> ids = byPeerCheck.get(pc.peerCheck());
        ConfigScanner scanner = scanners.computeIfAbsent(String.join(",", ids), k -> create(ids));
        ScanResult r = scanner.scan(pc.name(), pc.content());
        Set<Integer> lines = new TreeSet<>();
        r.findings().forEach(f -> lines.add(f.line()));
        List<String> problems = new ArrayList<>(r.errors());
        if (pc.positive() && !pc.lines().isEmpty()) {
          for (int line : pc.lines()) {
            total++;
            if (lines.contains(line) && r.errors().isEmpty()) {
              agreed++;
            } else {
              misses.add(miss(pc, ids, "expected line " + line + ", got " + lines, problems));
            }
          }
          continue;
        }
        total++;
        boolean ok = r.errors().isEmpty() && (pc.positive() != lines.isEmpty());
        if (ok) {
          agreed++;
        } else {
          String want = pc.positive() ? "flagged" : "clean";
          misses.add(miss(pc, ids, "expected " + want + ", got lines " + lines, problems));
        }
      }
      Set<String> universe = suites.universe.getOrDefault(peer.name(), Set.of());
      long mapped = universe.stream().filter(byPeerCheck::containsKey).count();
      double pct = total == 0 ? 100.0 : 100.0 * agreed / total;
      agreement.put(peer.name(), pct);
      report.append(
          String.format(
              "| %s | %d | %d | %.1f | %d | %d | %.1f |%n",
              peer.name(),
              universe.size(),
              mapped,
              universe.isEmpty() ? 0.0 : 100.0 * mapped / universe.size(),
              total,
              agreed,
              pct));
    }
    report.append("\n| population | peer checks | mapped | mapped % |\n|---|---:|---:|---:|\n");
    Map<String, Double> mappedShare = new LinkedHashMap<>();
    for (String population : POPULATIONS) {
      String peer = population.substring(0, population.indexOf(' '));
      Set<String> ids = suites.universe.getOrDefault(population, Set.of());
      Set<String> refs = new TreeSet<>();
      for (Check c : checks) {
        PEERS.stream()
            .filter(p -> p.name().equals(peer))
            .forEach(p -> refs.addAll(p.refs().apply(c.crossRefs())));
      }
      long mapped = ids.stream().filter(refs::contains).count();
      double pct = ids.isEmpty() ? 0.0 : 100.0 * mapped / ids.size();
      mappedShare.put(population, pct);
      report.append(
          String.format("| %s | %d | %d | %.1f |%n", population, ids.size(), mapped, pct));
    }
    report.append(
        "\nkube-linter: not run (its expectations are report counts per bats test, not per"
            + " check); its names are cross-referenced all the same.\n");
    report.append("\n## Disagreements (").append(misses.size()).append(")\n\n");
    misses.forEach(m -> report.append("- ").append(m).append('\n'));
    Path out = Path.of(System.getProperty("basedir", "."), "target", "conformance.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(report);
    assertThat(agreement)
        .as("agreement %% per peer on mapped checks (misses in %s)", out)
        .allSatisfy((peer, pct) -> assertThat(pct).as(peer).isGreaterThanOrEqualTo(TARGET));
    assertThat(mappedShare)
        .as("%% of each KICS/Checkov population mapped to a Lashing check")
        .allSatisfy(
            (population, pct) ->
                assertThat(pct).as(population).isGreaterThanOrEqualTo(MAPPED_TARGET));
  }

  private static ConfigScanner create(Set<String> ids) {
    try {
      return ConfigScanner.create(ScanOptions.defaults().withInclude(ids));
    } catch (MisconfigException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String miss(PeerCase pc, Set<String> ids, String what, List<String> errors) {
    return pc.peer()
        + " "
        + pc.peerCheck()
        + " "
        + ids
        + " "
        + pc.name()
        + ": "
        + what
        + (errors.isEmpty() ? "" : " errors " + errors);
  }
}
