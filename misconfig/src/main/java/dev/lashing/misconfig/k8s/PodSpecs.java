package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlNode;
import dev.lashing.misconfig.yaml.YamlValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each workload kind (and Knative Service/Configuration/Revision/ContainerSource) keeps its
 * pod spec.
 */
final class PodSpecs {
  private PodSpecs() {}

  /** Kind → path of the pod template (its {@code .spec} is the pod spec). Pod is special-cased. */
  private static final Map<String, String> TEMPLATES =
      Map.ofEntries(
          Map.entry("Deployment", "spec.template"),
          Map.entry("StatefulSet", "spec.template"),
          Map.entry("DaemonSet", "spec.template"),
          Map.entry("ReplicaSet", "spec.template"),
          Map.entry("ReplicationController", "spec.template"),
          Map.entry("Job", "spec.template"),
          Map.entry("DeploymentConfig", "spec.template"),
          Map.entry("CronJob", "spec.jobTemplate.spec.template"),
          Map.entry("PodTemplate", "template"));

  private static final List<String> CONTAINER_TYPES =
      List.of("initContainers", "containers", "ephemeralContainers");

  static Optional<PodSpec> of(K8sObject object) {
    String template = object.kind().equals("Pod") ? "" : TEMPLATES.get(object.kind());
    if (object.apiVersion().startsWith("serving.knative.dev/")) {
      // Knative Service/Configuration carry a pod template, a Revision is pod-like; a Knative
      // Service is not a core v1 Service.
      template =
          switch (object.kind()) {
            case "Service", "Configuration" -> "spec.template";
            case "Revision" -> "";
            default -> null;
          };
    } else if (object.apiVersion().startsWith("sources.knative.dev/")) {
      // Knative Eventing's ContainerSource runs the pod template it carries.
      template = object.kind().equals("ContainerSource") ? "spec.template" : null;
    } else if (object.kind().equals("Pod") && !object.apiVersion().equals("v1")) {
      template = null;
    }
    if (template == null) {
      return Optional.empty();
    }
    String specPath = template.isEmpty() ? "spec" : template + ".spec";
    String metaPath = template.isEmpty() ? "metadata" : template + ".metadata";
    Optional<YamlNode> spec = YamlValues.at(object.root(), specPath);
    if (spec.isEmpty() || !(spec.get() instanceof YamlNode.Mapping specMap)) {
      return Optional.empty();
    }
    YamlNode.Mapping metadata =
        YamlValues.at(object.root(), metaPath)
            .flatMap(n -> n instanceof YamlNode.Mapping m ? Optional.of(m) : Optional.empty())
            .orElse(new YamlNode.Mapping(List.of(), Position.START));
    List<Container> containers = new ArrayList<>();
    for (String type : CONTAINER_TYPES) {
      Optional<YamlNode.Sequence> list = specMap.sequence(type);
      if (list.isEmpty()) {
        continue;
      }
      for (int i = 0; i < list.get().items().size(); i++) {
        if (list.get().items().get(i) instanceof YamlNode.Mapping c) {
          String name = c.text("name");
          containers.add(
              new Container(
                  name == null ? type + "[" + i + "]" : name,
                  type,
                  i,
                  specPath + "." + type + "[" + i + "]",
                  c));
        }
      }
    }
    return Optional.of(new PodSpec(specPath, specMap, metadata, containers));
  }
}
