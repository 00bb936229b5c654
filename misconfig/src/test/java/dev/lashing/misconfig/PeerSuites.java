package dev.lashing.misconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.misconfig.yaml.YamlLoader;
import dev.lashing.misconfig.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the peer suites under {@code 03-k8s-misconfig} into {@link PeerCase}s, for the peer checks
 * in {@code mapped} only; {@link #universe} counts every peer check the suite knows, per peer and
 * per population ({@code kics k8s}, {@code kics dockerfile}, {@code checkov k8s}, {@code checkov
 * dockerfile}).
 */
final class PeerSuites {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path root;
  final Map<String, Set<String>> universe = new TreeMap<>();

  PeerSuites(Path root) {
    this.root = root;
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  /** KICS: metadata.json id; positive and negative samples; expected lines per positive file. */
  List<PeerCase> kics(Set<String> mapped) throws IOException {
    List<PeerCase> out = new ArrayList<>();
    Set<String> all = universe.computeIfAbsent("kics", k -> new java.util.TreeSet<>());
    for (String platform : List.of("k8s", "dockerfile")) {
      for (Path query : list(root.resolve("kics-datadog-fork/assets/queries/" + platform))) {
        String id = JSON.readTree(query.resolve("metadata.json").toFile()).path("id").asText();
        all.add(id);
        universe.computeIfAbsent("kics " + platform, k -> new java.util.TreeSet<>()).add(id);
        if (!mapped.contains(id)) {
          continue;
        }
        Path test = query.resolve("test");
        JsonNode expected = JSON.readTree(test.resolve("positive_expected_result.json").toFile());
        List<Path> files = list(test).stream().filter(p -> !name(p).endsWith(".json")).toList();
        long positives = files.stream().filter(p -> name(p).startsWith("positive")).count();
        for (Path f : files) {
          boolean positive = name(f).startsWith("positive");
          List<Integer> lines = new ArrayList<>();
          for (JsonNode e : expected) {
            String file =
                e.path("fileName").asText(e.path("fineName").asText(e.path("filename").asText("")));
            if (positive && (file.equals(name(f)) || file.isEmpty() && positives == 1)) {
              lines.add(e.path("line").asInt());
            }
          }
          String n = platform.equals("dockerfile") ? name(f) + ".Dockerfile" : name(f);
          out.add(new PeerCase("kics", id, n, Files.readAllBytes(f), positive, lines));
        }
      }
    }
    return out;
  }

  /** Checkov: example_<Class> directories; *-FAILED / failure* flagged, *-PASSED / success* not. */
  List<PeerCase> checkov(Set<String> mapped) throws IOException {
    List<PeerCase> out = new ArrayList<>();
    Set<String> all = universe.computeIfAbsent("checkov", k -> new java.util.TreeSet<>());
    JsonNode checks =
        JSON.readTree(root.resolve("checkov/expected-summaries-from-unittests.json").toFile())
            .path("checks");
    for (Map.Entry<String, JsonNode> e : checks.properties()) {
      String id = e.getValue().path("id").asText("");
      if (!id.startsWith("CKV_K8S_") && !id.startsWith("CKV_DOCKER_")) {
        continue;
      }
      all.add(id);
      boolean docker = id.startsWith("CKV_DOCKER_");
      universe
          .computeIfAbsent(
              docker ? "checkov dockerfile" : "checkov k8s", k -> new java.util.TreeSet<>())
          .add(id);
      if (!mapped.contains(id)) {
        continue;
      }
      Path dir =
          root.resolve(
              "checkov/tests/"
                  + (docker ? "dockerfile" : "kubernetes")
                  + "/checks/example_"
                  + e.getKey());
      for (Path p : list(dir)) {
        if (docker && Files.isDirectory(p) && Files.isRegularFile(p.resolve("Dockerfile"))) {
          boolean positive = name(p).startsWith("failure");
          out.add(
              new PeerCase(
                  "checkov",
                  id,
                  name(p) + "/Dockerfile",
                  Files.readAllBytes(p.resolve("Dockerfile")),
                  positive,
                  List.of()));
        } else if (!docker && (name(p).contains("-FAILED.") || name(p).contains("-PASSED."))) {
          out.add(
              new PeerCase(
                  "checkov",
                  id,
                  name(p),
                  Files.readAllBytes(p),
                  name(p).contains("-FAILED."),
                  List.of()));
        }
      }
    }
    return out;
  }

  /**
   * Trivy: the good/bad examples of each check, matched to its id by the metadata's examples path.
   */
  List<PeerCase> trivy(Set<String> mapped) throws Exception {
    List<PeerCase> out = new ArrayList<>();
    Set<String> all = universe.computeIfAbsent("trivy", k -> new java.util.TreeSet<>());
    JsonNode meta =
        JSON.readTree(root.resolve("trivy-checks/checks-metadata-from-rego.json").toFile());
    for (JsonNode m : meta) {
      String id = m.path("custom").path("id").asText("").replace("-", "");
      for (JsonNode alias : m.path("custom").path("aliases")) {
        if (alias.asText().matches("(KSV|DS)[0-9]+")) {
          id = alias.asText();
        }
      }
      if (!id.startsWith("KSV") && !id.startsWith("DS")) {
        continue;
      }
      all.add(id);
      String examples = m.path("custom").path("examples").asText("");
      if (!mapped.contains(id)
          || examples.isEmpty()
          || !Files.isRegularFile(root.resolve("trivy-checks/" + examples))) {
        continue;
      }
      String text =
          Files.readString(root.resolve("trivy-checks/" + examples), StandardCharsets.UTF_8);
      YamlNode.Mapping doc = (YamlNode.Mapping) YamlLoader.create().load(examples, text).getFirst();
      for (YamlNode.Entry kind : doc.entries()) {
        boolean docker = kind.key().value().equals("dockerfile");
        for (String label : List.of("good", "bad")) {
          List<YamlNode> samples =
              ((YamlNode.Mapping) kind.value())
                  .sequence(label)
                  .map(YamlNode.Sequence::items)
                  .orElse(List.of());
          int n = 0;
          for (YamlNode s : samples) {
            String body = ((YamlNode.Scalar) s).value();
            String file = examples + "#" + label + (++n) + (docker ? "/Dockerfile" : ".yaml");
            out.add(
                new PeerCase(
                    "trivy",
                    id,
                    file,
                    body.getBytes(StandardCharsets.UTF_8),
                    label.equals("bad"),
                    List.of()));
          }
        }
      }
    }
    return out;
  }

  /**
   * Kubescape: the rules of each control; a test case is flagged when expected.json is non-empty.
   */
  List<PeerCase> kubescape(Set<String> mapped) throws IOException {
    List<PeerCase> out = new ArrayList<>();
    Set<String> all = universe.computeIfAbsent("kubescape", k -> new java.util.TreeSet<>());
    for (String line :
        Files.readAllLines(root.resolve("kubescape-regolibrary/ControlID_RuleName.csv"))) {
      String[] cols = line.split(",");
      if (cols.length != 2 || !cols[0].startsWith("C-")) {
        continue;
      }
      all.add(cols[0]);
      if (!mapped.contains(cols[0])) {
        continue;
      }
      for (Path test : list(root.resolve("kubescape-regolibrary/rules/" + cols[1] + "/test"))) {
        Path expected = test.resolve("expected.json");
        if (!Files.isRegularFile(expected)) {
          continue;
        }
        boolean positive = JSON.readTree(expected.toFile()).size() > 0;
        List<Path> inputs = list(test.resolve("input"));
        StringBuilder yaml = new StringBuilder();
        for (Path in : inputs) {
          String text = Files.readString(in, StandardCharsets.UTF_8);
          yaml.append(name(in).endsWith(".json") ? JSON.readTree(text).toString() : text)
              .append("\n---\n");
        }
        String n = cols[1] + "/" + name(test) + ".yaml";
        out.add(
            new PeerCase(
                "kubescape",
                cols[0],
                n,
                yaml.toString().getBytes(StandardCharsets.UTF_8),
                positive,
                List.of()));
      }
    }
    return out;
  }

  /** Polaris: test/checks/<name>/failure*.yaml flagged, success*.yaml not. */
  List<PeerCase> polaris(Set<String> mapped) throws IOException {
    List<PeerCase> out = new ArrayList<>();
    Set<String> all = universe.computeIfAbsent("polaris", k -> new java.util.TreeSet<>());
    for (Path check : list(root.resolve("polaris/pkg/config/checks"))) {
      all.add(name(check).replaceAll("\\.yaml$", ""));
    }
    for (Path dir : list(root.resolve("polaris/test/checks"))) {
      String id = name(dir);
      if (!mapped.contains(id)) {
        continue;
      }
      for (Path f : list(dir)) {
        if (name(f).startsWith("success") || name(f).startsWith("failure")) {
          out.add(
              new PeerCase(
                  "polaris",
                  id,
                  id + "/" + name(f),
                  Files.readAllBytes(f),
                  name(f).startsWith("failure"),
                  List.of()));
        }
      }
    }
    return out;
  }
}
