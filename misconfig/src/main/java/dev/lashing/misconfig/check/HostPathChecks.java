package dev.lashing.misconfig.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** hostPath volume checks that return the exact path of each offending volume. */
final class HostPathChecks {
  /** Host directories whose mount gives a container control of the node. */
  static final Set<String> SENSITIVE_DIRS =
      Set.of(
          "/",
          "/proc",
          "/sys",
          "/dev",
          "/etc",
          "/root",
          "/boot",
          "/var/run",
          "/run",
          "/var/lib/kubelet",
          "/var/lib/docker",
          "/var/lib/containerd",
          "/var/run/docker",
          "/run/containerd",
          "/var/run/containerd",
          "/var/run/crio",
          "/run/crio");

  /** Container runtime API sockets: mounting one is root on the node. */
  static final Set<String> SOCKETS =
      Set.of(
          "docker.sock",
          "containerd.sock",
          "crio.sock",
          "dockershim.sock",
          "cri-dockerd.sock",
          "podman.sock");

  private HostPathChecks() {}

  /** Paths {@code volumes[i].hostPath.path} of hostPath volumes on sensitive host paths. */
  static Object sensitive(Map<String, Object> vars) {
    List<String> out = new ArrayList<>();
    List<?> volumes = volumes(vars);
    for (int i = 0; i < volumes.size(); i++) {
      String path = hostPath(volumes.get(i));
      if (path != null && isSensitive(path)) {
        out.add("volumes[" + i + "].hostPath.path");
      }
    }
    return out;
  }

  /** Paths {@code volumes[i].hostPath.path} (or {@code .hostPath}) of every hostPath volume. */
  static Object any(Map<String, Object> vars) {
    List<String> out = new ArrayList<>();
    List<?> volumes = volumes(vars);
    for (int i = 0; i < volumes.size(); i++) {
      if (volumes.get(i) instanceof Map<?, ?> v && v.get("hostPath") instanceof Map<?, ?> h) {
        out.add("volumes[" + i + "].hostPath" + (h.containsKey("path") ? ".path" : ""));
      }
    }
    return out;
  }

  static boolean isSensitive(String raw) {
    String path = raw.strip();
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    return SENSITIVE_DIRS.contains(path) || SOCKETS.contains(name);
  }

  private static List<?> volumes(Map<String, Object> vars) {
    return vars.get("spec") instanceof Map<?, ?> spec && spec.get("volumes") instanceof List<?> v
        ? v
        : List.of();
  }

  private static @org.jspecify.annotations.Nullable String hostPath(Object volume) {
    return volume instanceof Map<?, ?> v
            && v.get("hostPath") instanceof Map<?, ?> h
            && h.get("path") instanceof String p
        ? p
        : null;
  }
}
