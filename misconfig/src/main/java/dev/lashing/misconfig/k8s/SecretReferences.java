package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every Secret a workload's pod spec names, in document order. */
final class SecretReferences {
  private SecretReferences() {}

  static List<SecretReference> of(PodSpec pod) {
    List<SecretReference> out = new ArrayList<>();
    for (Container c : pod.containers()) {
      YamlNode.Mapping node = c.node();
      List<YamlNode> env = items(node.sequence("env"));
      for (int i = 0; i < env.size(); i++) {
        if (env.get(i) instanceof YamlNode.Mapping e) {
          String name =
              e.mapping("valueFrom")
                  .flatMap(v -> v.mapping("secretKeyRef"))
                  .map(r -> r.text("name"))
                  .orElse(null);
          if (name != null) {
            out.add(
                new SecretReference(
                    name,
                    SecretReference.Use.ENV,
                    c.path() + ".env[" + i + "].valueFrom.secretKeyRef",
                    c.name()));
          }
        }
      }
      List<YamlNode> envFrom = items(node.sequence("envFrom"));
      for (int i = 0; i < envFrom.size(); i++) {
        if (envFrom.get(i) instanceof YamlNode.Mapping e) {
          String name = e.mapping("secretRef").map(r -> r.text("name")).orElse(null);
          if (name != null) {
            out.add(
                new SecretReference(
                    name,
                    SecretReference.Use.ENV_FROM,
                    c.path() + ".envFrom[" + i + "].secretRef",
                    c.name()));
          }
        }
      }
    }
    List<YamlNode> volumes = items(pod.spec().sequence("volumes"));
    for (int i = 0; i < volumes.size(); i++) {
      if (!(volumes.get(i) instanceof YamlNode.Mapping v)) {
        continue;
      }
      String base = pod.path() + ".volumes[" + i + "]";
      String name = v.mapping("secret").map(s -> s.text("secretName")).orElse(null);
      if (name != null) {
        out.add(new SecretReference(name, SecretReference.Use.VOLUME, base + ".secret", null));
      }
      List<YamlNode> sources = items(v.mapping("projected").flatMap(p -> p.sequence("sources")));
      for (int s = 0; s < sources.size(); s++) {
        if (sources.get(s) instanceof YamlNode.Mapping src) {
          String projected = src.mapping("secret").map(x -> x.text("name")).orElse(null);
          if (projected != null) {
            out.add(
                new SecretReference(
                    projected,
                    SecretReference.Use.PROJECTED_VOLUME,
                    base + ".projected.sources[" + s + "].secret",
                    null));
          }
        }
      }
    }
    List<YamlNode> pulls = items(pod.spec().sequence("imagePullSecrets"));
    for (int i = 0; i < pulls.size(); i++) {
      if (pulls.get(i) instanceof YamlNode.Mapping p && p.text("name") != null) {
        out.add(
            new SecretReference(
                p.text("name"),
                SecretReference.Use.IMAGE_PULL,
                pod.path() + ".imagePullSecrets[" + i + "]",
                null));
      }
    }
    return out;
  }

  private static List<YamlNode> items(Optional<YamlNode.Sequence> seq) {
    return seq.map(YamlNode.Sequence::items).orElse(List.of());
  }
}
