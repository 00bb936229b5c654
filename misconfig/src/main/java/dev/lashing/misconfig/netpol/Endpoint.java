package dev.lashing.misconfig.netpol;

import java.util.List;
import java.util.Map;

/** One end of a connection: a workload inside the cluster, or a range of outside addresses. */
public sealed interface Endpoint permits Endpoint.Workload, Endpoint.External {

  /** Stable display id: {@code ns/name[Kind]} or the address range ({@code 0.0.0.0/0}). */
  String id();

  /**
   * The pods of one Pod or workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob,
   * ReplicationController), with the labels and container ports of its pod template.
   */
  record Workload(
      String namespace,
      String name,
      String kind,
      Map<String, String> labels,
      List<ContainerPort> ports,
      List<String> images,
      boolean mountsSecrets,
      String file,
      int line)
      implements Endpoint {
    public Workload {
      labels = Map.copyOf(labels);
      ports = List.copyOf(ports);
      images = List.copyOf(images);
    }

    @Override
    public String id() {
      return namespace + "/" + name + "[" + kind + "]";
    }

    /** True for an endpoint the analysis assumed (the cluster DNS), not one from the input. */
    public boolean assumed() {
      return line == 0 && file.equals(ASSUMED);
    }
  }

  /** The {@code file} of assumed endpoints. */
  String ASSUMED = "(assumed)";

  /** A range of addresses outside the cluster (the whole internet is {@code 0.0.0.0/0}). */
  record External(IpRange range) implements Endpoint {
    @Override
    public String id() {
      return range.toString();
    }
  }

  /** A declared container port; {@code name} may be null. */
  record ContainerPort(
      @org.jspecify.annotations.Nullable String name, Protocol protocol, int port) {}
}
