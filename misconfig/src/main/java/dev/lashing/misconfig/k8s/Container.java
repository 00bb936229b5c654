package dev.lashing.misconfig.k8s;

import dev.lashing.misconfig.yaml.YamlNode;

/**
 * One container of a pod spec. {@code type} is {@code containers}, {@code initContainers} or {@code
 * ephemeralContainers}; {@code path} is relative to the object root, e.g. {@code
 * spec.template.spec.containers[0]}.
 */
public record Container(String name, String type, int index, String path, YamlNode.Mapping node) {}
