package dev.lashing.misconfig.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class K8sLoaderTest {
  private final K8sLoader loader = K8sLoader.create();

  @Test
  void multiDocumentListsAndUnknownKindsWithPositions() throws Exception {
    List<K8sObject> objects =
        loader.load(
            "all.yaml",
            """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
              - apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
            ---
            # not a Kubernetes object: skipped
            name: something
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              jobTemplate:
                spec:
                  template:
                    spec:
                      initContainers:
                        - name: init
                          image: busybox:1.36
                      containers:
                        - name: task
                          image: app:1
            """);
    assertThat(objects)
        .extracting(K8sObject::ref)
        .containsExactly("Service/shop/web", "Widget/w", "CronJob/nightly");
    assertThat(objects.get(0).path()).isEqualTo("items[0]");
    assertThat(objects.get(1).podSpec()).isEmpty();
    K8sObject cron = objects.get(2);
    assertThat(cron.document()).isEqualTo(2);
    PodSpec pod = cron.podSpec().orElseThrow();
    assertThat(pod.path()).isEqualTo("spec.jobTemplate.spec.template.spec");
    assertThat(pod.containers())
        .extracting(Container::name, Container::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("init", "initContainers"),
            org.assertj.core.groups.Tuple.tuple("task", "containers"));
    assertThat(YamlValues.positionOf(cron.root(), pod.containers().get(1).path() + ".image"))
        .contains(new Position(29, 15));
  }

  @Test
  void everyWorkloadKindHasItsPodSpec() throws Exception {
    for (String kind :
        List.of(
            "Deployment",
            "StatefulSet",
            "DaemonSet",
            "ReplicaSet",
            "Job",
            "ReplicationController")) {
      String yaml =
          "apiVersion: apps/v1\nkind: "
              + kind
              + "\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: c, image: i}\n";
      assertThat(loader.load("w.yaml", yaml).getFirst().podSpec())
          .as(kind)
          .hasValueSatisfying(p -> assertThat(p.containers()).hasSize(1));
    }
  }

  @Test
  void malformedYamlNamesFileAndLine() {
    assertThatThrownBy(
            () -> loader.load("bad.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n"))
        .isInstanceOf(MisconfigException.class)
        .hasMessageStartingWith("bad.yaml:")
        .hasMessageContaining("invalid YAML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void billionLaughsAndDeepNestingAreRefused() {
    StringBuilder laughs =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      laughs.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        laughs.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      laughs.append("]\n");
      prev = c;
    }
    assertThatThrownBy(() -> loader.load("laughs.yaml", laughs.toString()))
        .isInstanceOf(MisconfigException.class)
        .hasMessageStartingWith("laughs.yaml:");
    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThatThrownBy(() -> loader.load("deep.yaml", deep))
        .isInstanceOf(MisconfigException.class)
        .hasMessageStartingWith("deep.yaml:");
  }

  @Test
  void tagsNeverConstructObjects() throws Exception {
    assertThatThrownBy(
            () ->
                loader.load(
                    "tags.yaml",
                    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n"
                        + "  x: !!javax.script.ScriptEngineManager [x]\n"))
        .isInstanceOf(MisconfigException.class)
        .hasMessageStartingWith("tags.yaml:5: invalid YAML: Global tag is not allowed");
    List<K8sObject> local =
        loader.load(
            "local.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  x: !custom y\n");
    assertThat(local.getFirst().root().mapping("data").orElseThrow().text("x")).isEqualTo("y");
  }
}
