package dev.lashing.misconfig.rbac;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Kubernetes RBAC's rule matching (as the API server's RBAC authorizer does it). */
final class Matching {
  private Matching() {}

  static final String ALL = "*";

  static boolean verb(RbacRule r, String verb) {
    return has(r.verbs(), verb);
  }

  /** {@code group} null = any group (resource of unknown group). */
  static boolean group(RbacRule r, @Nullable String group) {
    return group == null ? !r.apiGroups().isEmpty() : has(r.apiGroups(), group);
  }

  /**
   * {@code *} matches every resource and subresource, {@code pods/exec} only itself, {@code
   * *}{@code /scale} a subresource of any resource.
   */
  static boolean resource(RbacRule r, String resource, @Nullable String subresource) {
    String combined = subresource == null ? resource : resource + "/" + subresource;
    for (String x : r.resources()) {
      if (x.equals(ALL) || x.equals(combined)) {
        return true;
      }
      if (subresource != null && x.equals("*/" + subresource)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A rule with resourceNames only matches requests naming one of them; {@code name} null stands
   * for "some object", which such a rule also grants (on those names), except for {@code create},
   * whose requests carry no name.
   */
  static boolean name(RbacRule r, @Nullable String name, String verb) {
    if (r.resourceNames().isEmpty()) {
      return true;
    }
    if (name == null) {
      return !verb.equals("create") && !verb.equals(ALL);
    }
    return r.resourceNames().contains(name);
  }

  static boolean nonResourceUrl(RbacRule r, String url) {
    for (String x : r.nonResourceURLs()) {
      if (x.equals(ALL) || x.equals(url)) {
        return true;
      }
      if (x.endsWith(ALL) && url.startsWith(x.substring(0, x.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Collection<String> values, String value) {
    return values.contains(ALL) || values.contains(value);
  }
}
