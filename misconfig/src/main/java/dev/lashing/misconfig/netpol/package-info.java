/**
 * NetworkPolicy reachability: which workloads (and which outside addresses) may connect to which,
 * with findings about missing default-deny, broad exposure and lateral-movement paths.
 *
 * <p>Semantics implemented (Kubernetes {@code networking.k8s.io/v1} NetworkPolicy):
 *
 * <ul>
 *   <li>Endpoints: one per Pod or workload (Deployment, StatefulSet, DaemonSet, ReplicaSet,
 *       ReplicationController, Job, CronJob) with its pod template's labels and container ports;
 *       Pods with an ownerReference stand for their owner ({@code ns/owner[OwnerKind]}). A workload
 *       whose owner is also in the set is left out (its owner stands for it).
 *   <li>Namespaces carry their labels plus {@code kubernetes.io/metadata.name}; a namespace that is
 *       only referenced exists with that label alone.
 *   <li>A pod is isolated for ingress (egress) iff some policy selecting it has that policy type;
 *       {@code policyTypes} defaults to Ingress, plus Egress when {@code egress} has rules.
 *   <li>A connection is allowed iff the ingress side allows it (or the destination is not isolated
 *       for ingress) and the egress side allows it (or the source is not isolated for egress).
 *   <li>Peers: {@code podSelector} alone = pods of the policy's namespace; {@code
 *       namespaceSelector} alone = all pods of matching namespaces; both = AND. Selectors use
 *       {@code matchLabels} and {@code matchExpressions} (In, NotIn, Exists, DoesNotExist); an
 *       empty selector selects all; an invalid one selects nothing (with a note).
 *   <li>{@code ipBlock} (with {@code except}) matches outside addresses only: pod IPs are not
 *       modelled, so an ipBlock covering the pod network does not admit pods. The outside is cut
 *       into the smallest ranges the ipBlocks make; IPv6 appears only when an ipBlock is IPv6.
 *   <li>Ports by number, {@code endPort} ranges, and by name (resolved on the destination's
 *       container ports with the same protocol, for ingress and egress rules alike; a named port
 *       towards an outside address allows nothing). Protocols TCP, UDP, SCTP (default TCP). A rule
 *       without ports allows every port and protocol (including ICMP): "All Connections".
 *   <li>A rule without peers admits every pod and every outside address.
 *   <li>A workload's connections to itself (pod to pod inside one workload) are not listed.
 * </ul>
 *
 * <p>Not implemented: AdminNetworkPolicy / BaselineAdminNetworkPolicy, CNI-specific policies
 * (Calico, Cilium), Service ClusterIP/port translation, host-network pods, node traffic.
 */
@NullMarked
package dev.lashing.misconfig.netpol;

import org.jspecify.annotations.NullMarked;
