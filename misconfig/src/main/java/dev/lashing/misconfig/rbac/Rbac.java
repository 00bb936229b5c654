package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.objects.ObjectSet;
import java.util.List;
import java.util.Set;

/**
 * The RBAC objects of an object set resolved into grants: roles (aggregation applied), bindings,
 * and per subject the rules it holds. Objects with missing or malformed fields and bindings to
 * roles that are not in the set become {@link #notes()}, never exceptions.
 *
 * <pre>{@code
 * Rbac rbac = Rbac.of(ManifestReader.create().read(List.of(Path.of("deploy/"))));
 * rbac.rights(Subject.parse("ServiceAccount:web:api"));
 * rbac.whoCan(AccessQuery.of("create", "pods/exec").inNamespace("web"));
 * }</pre>
 */
public interface Rbac {

  List<Role> roles();

  List<Binding> bindings();

  /** Every subject some binding names (service accounts also when only their object exists). */
  Set<Subject> subjects();

  /** The ServiceAccount objects of the set, by {@code namespace:name}. */
  java.util.Map<String, K8sObject> serviceAccounts();

  /** Pods and workloads (every object with a pod spec), in input order. */
  List<K8sObject> workloads();

  /** Grants bindings give to exactly this subject (not through its groups). */
  List<Grant> direct(Subject subject);

  /**
   * Everything {@code subject} may do: its direct grants plus those of its implicit groups ({@code
   * system:authenticated}, {@code system:serviceaccounts}, {@code system:serviceaccounts:NS}).
   * Groups a user gets from the identity provider are not knowable here: ask for them as {@code
   * Group:NAME}.
   */
  List<Grant> rights(Subject subject);

  /** The grants that allow the request, over all subjects, in binding order. */
  List<Grant> whoCan(AccessQuery query);

  /** Problems found while resolving: malformed objects, bindings to missing roles. */
  List<String> notes();

  static Rbac of(ObjectSet set) {
    return RbacIndex.build(set.objects());
  }

  static Rbac of(List<K8sObject> objects) {
    return RbacIndex.build(objects);
  }
}
