package dev.lashing.misconfig.objects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.misconfig.bench.RbacBench;
import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.rbac.Rbac;
import dev.lashing.misconfig.rbac.RbacAnalyzer;
import dev.lashing.misconfig.yaml.YamlLoader;
import dev.lashing.misconfig.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectSetTest {
  @TempDir Path dir;

  @Test
  void manifestSecretsLoseTheirValues() {
    String yaml =
        """
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          namespace: web
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: '{"data":{"pw":"aHVudGVyMg=="}}'
            team: payments
        type: Opaque
        data:
          pw: aHVudGVyMg==
        stringData:
          user: admin
        """;
    ObjectSet set = ManifestReader.create().read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    K8sObject secret = set.objects().getFirst();
    assertThat(secret.root().get("data")).isEmpty();
    assertThat(secret.root().get("stringData")).isEmpty();
    assertThat(LabelSelector.metadataMap(secret.root(), "annotations")).containsOnlyKeys("team");
    assertThat(secret.root().text("type")).isEqualTo("Opaque");
  }

  @Test
  void directoriesAreWalkedAndProblemsKept() throws Exception {
    Files.createDirectories(dir.resolve("a/.git"));
    Files.writeString(
        dir.resolve("a/ns.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: web}\n");
    Files.writeString(
        dir.resolve("a/.git/x.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: hidden}\n");
    Files.writeString(dir.resolve("a/bad.yml"), "kind: [\n");
    Files.writeString(dir.resolve("a/notes.txt"), "not a manifest");
    Files.write(dir.resolve("a/bin.json"), new byte[] {(byte) 0xff, (byte) 0xfe});
    ObjectSet set = ManifestReader.create().read(List.of(dir.resolve("a"), dir.resolve("missing")));
    assertThat(set.objects()).extracting(K8sObject::ref).containsExactly("Namespace/web");
    assertThat(set.namespaces()).containsExactly("web");
    assertThat(set.complete()).isFalse();
    assertThat(set.problems())
        .anyMatch(p -> p.contains("bad.yml:"))
        .anyMatch(p -> p.endsWith("bin.json: not UTF-8 text; skipped"))
        .anyMatch(p -> p.endsWith("missing: no such file or directory"));
    assertThat(set.files()).hasSize(3);
  }

  @Test
  void labelSelectorsFollowKubernetes() throws Exception {
    YamlNode.Mapping sel =
        (YamlNode.Mapping)
            YamlLoader.create()
                .load(
                    "sel.yaml",
                    """
                    matchLabels: {app: web}
                    matchExpressions:
                      - {key: tier, operator: In, values: [front, edge]}
                      - {key: legacy, operator: DoesNotExist}
                    """)
                .getFirst();
    LabelSelector s = LabelSelector.of(sel);
    assertThat(s.matches(Map.of("app", "web", "tier", "edge"))).isTrue();
    assertThat(s.matches(Map.of("app", "web", "tier", "back"))).isFalse();
    assertThat(s.matches(Map.of("app", "web", "tier", "front", "legacy", "1"))).isFalse();
    assertThat(LabelSelector.EVERYTHING.matches(Map.of())).isTrue();
    LabelSelector bad =
        new LabelSelector(Map.of(), List.of(new LabelSelector.Requirement("a", "Near", List.of())));
    assertThat(bad.valid()).isFalse();
    assertThat(bad.matches(Map.of("a", "1"))).isFalse();
  }

  @Test
  void aHugeSetIsAnalysedWithoutTrouble() {
    String yaml = RbacBench.generate(2_000, 2_500, 2_500, new Random(7));
    ObjectSet set =
        ManifestReader.create().read("huge.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(set.objects()).hasSize(5_000);
    Rbac rbac = Rbac.of(set);
    assertThat(rbac.subjects()).hasSizeGreaterThan(1_500);
    assertThat(rbac.notes()).isEmpty();
    assertThat(RbacAnalyzer.create().analyze(rbac).findings()).isNotEmpty();
  }
}
