package dev.lashing.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.misconfig.check.Tally;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ignore comments are found with their ids and reason; per-file tallies name the file. */
class InlineIgnoreTest {

  @Test
  void findsCommentsInYamlAndDockerfiles() {
    List<InlineIgnore> found =
        InlineIgnore.find(
            "pod.yaml",
            "a: 1\n  # lashing:ignore LSH-K8S-001, LSH-K8S-012 needed for the CNI\nb: 2 #"
                + " lashing:ignore LSH-K8S-027\n# lashing:ignore\n");
    assertThat(found)
        .containsExactly(
            new InlineIgnore(
                "pod.yaml", 2, List.of("LSH-K8S-001", "LSH-K8S-012"), "needed for the CNI"),
            new InlineIgnore("pod.yaml", 3, List.of("LSH-K8S-027"), ""));
    assertThat(found.get(0).covers("LSH-K8S-012", 3)).isTrue();
    assertThat(found.get(0).covers("LSH-K8S-012", 2)).isTrue();
    assertThat(found.get(0).covers("LSH-K8S-012", 4)).isFalse();
    assertThat(found.get(0).covers("LSH-K8S-027", 3)).isFalse();
  }

  @Test
  void scanReportsIgnoreCommentsAndTalliesPerFile() throws Exception {
    String dockerfile =
        "FROM ubuntu:22.04\n# lashing:ignore LSH-DF-002 build stage only\nUSER root\n";
    ScanResult r =
        ConfigScanner.scan(
            "Dockerfile",
            dockerfile.getBytes(StandardCharsets.UTF_8),
            ScanOptions.defaults().withInclude(Set.of("LSH-DF-002", "LSH-K8S-001")));
    assertThat(r.inlineIgnores()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo(2));
    assertThat(r.perFile()).containsOnlyKeys("Dockerfile");
    assertThat(r.perFile().get("Dockerfile"))
        .containsExactly(java.util.Map.entry("LSH-DF-002", new Tally(1, 1)));
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(3));
  }
}
