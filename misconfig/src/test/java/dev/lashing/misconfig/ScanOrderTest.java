package dev.lashing.misconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are checked in parallel, but results come back in input order, as a sequential run. */
class ScanOrderTest {

  @Test
  void resultsAreInInputOrderWhateverTheWorkers(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 120; i++) {
      String privileged = i % 3 == 0 ? "true" : "false";
      Files.writeString(
          dir.resolve("pod-%03d.yaml".formatted(i)),
          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p%d\n  namespace: apps\nspec:\n"
                  .formatted(i)
              + "  containers:\n    - name: a\n      image: nginx:1.27\n"
              + "      securityContext:\n        privileged: "
              + privileged
              + "\n");
    }
    Files.writeString(dir.resolve("pod-050.yaml"), "not: [valid\n");

    ScanOptions only = ScanOptions.defaults().withInclude(Set.of("LSH-K8S-001"));
    ScanResult r = ConfigScanner.scan(List.of(dir), only);

    List<String> files = r.findings().stream().map(ConfigFinding::file).toList();
    assertThat(files).isSorted().hasSize(40);
    assertThat(List.copyOf(r.perFile().keySet())).isSorted().hasSize(119);
    assertThat(r.errors()).singleElement().asString().contains("pod-050.yaml:2: invalid YAML");
    assertThat(r.filesScanned()).isEqualTo(120);
    assertThat(r.perCheck().get("LSH-K8S-001").evaluated()).isEqualTo(119);
  }
}
