package dev.lashing.misconfig.objects;

import dev.lashing.misconfig.k8s.K8sObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kubernetes objects read together, in input order, with where they came from.
 *
 * <ul>
 *   <li>{@code origin}: what was read, for report headers ({@code deploy/, rbac.yaml} or {@code
 *       cluster:kind-dev}).
 *   <li>{@code files}: the manifest files read (for other scanners over the same inputs).
 *   <li>{@code texts}: in-memory inputs (standard input, one YAML document per cluster object with
 *       Secret values already removed), under the names the objects carry as {@code file}.
 *   <li>{@code problems}: one line per input or resource kind that could not be read ({@code cannot
 *       list secrets in namespace x: forbidden}); when not empty the set is incomplete and every
 *       analysis over it says so.
 * </ul>
 *
 * Secret objects never carry {@code data} or {@code stringData}: the loaders remove them.
 */
public record ObjectSet(
    String origin,
    List<K8sObject> objects,
    List<Path> files,
    List<Text> texts,
    List<String> problems) {

  /** One in-memory input. */
  public record Text(String name, String text) {}

  public ObjectSet {
    objects = List.copyOf(objects);
    files = List.copyOf(files);
    texts = List.copyOf(texts);
    problems = List.copyOf(problems);
  }

  /** True when every input and every resource kind could be read. */
  public boolean complete() {
    return problems.isEmpty();
  }

  /** The objects of one kind (e.g. {@code ClusterRole}), in input order. */
  public List<K8sObject> ofKind(String kind) {
    return objects.stream().filter(o -> o.kind().equals(kind)).toList();
  }

  /** Objects grouped by kind, kinds in first-seen order. */
  public Map<String, List<K8sObject>> byKind() {
    Map<String, List<K8sObject>> out = new LinkedHashMap<>();
    objects.forEach(o -> out.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /** Every namespace named: Namespace objects and objects' {@code metadata.namespace}, sorted. */
  public Set<String> namespaces() {
    Set<String> out = new TreeSet<>();
    for (K8sObject o : objects) {
      if (o.kind().equals("Namespace") && o.namespace() == null && !o.name().isEmpty()) {
        out.add(o.name());
      }
      if (o.namespace() != null) {
        out.add(o.namespace());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** This set with more problems (e.g. an analysis that could not use part of it). */
  public ObjectSet withProblems(List<String> more) {
    List<String> all = new ArrayList<>(problems);
    all.addAll(more);
    return new ObjectSet(origin, objects, files, texts, all);
  }
}
