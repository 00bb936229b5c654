package dev.lashing.misconfig.rbac;

import org.jspecify.annotations.Nullable;

/**
 * One request to authorize: a verb on a resource (with optional subresource, API group, namespace
 * and object name), or on a non-resource URL ({@code /metrics}). {@code apiGroup} null means the
 * resource's known group, or any group for an unknown resource; {@code namespace} null means any
 * namespace (every grant that allows it somewhere is listed with where).
 */
public record AccessQuery(
    String verb,
    @Nullable String apiGroup,
    String resource,
    @Nullable String subresource,
    @Nullable String namespace,
    @Nullable String name,
    @Nullable String nonResourceUrl) {

  /**
   * {@code resource} may be {@code pods}, {@code pods/exec}, {@code deployments.apps} or a URL
   * starting with {@code /}.
   */
  public static AccessQuery of(String verb, String resource) {
    if (resource.startsWith("/")) {
      return new AccessQuery(verb, null, "", null, null, null, resource);
    }
    String res = resource;
    String sub = null;
    int slash = res.indexOf('/');
    if (slash > 0) {
      sub = res.substring(slash + 1);
      res = res.substring(0, slash);
    }
    String group = null;
    int dot = res.indexOf('.');
    if (dot > 0) {
      group = res.substring(dot + 1);
      res = res.substring(0, dot);
    }
    if (group == null) {
      group = Resources.group(res);
    }
    return new AccessQuery(verb, group, res, sub, null, null, null);
  }

  public AccessQuery inNamespace(@Nullable String ns) {
    return new AccessQuery(verb, apiGroup, resource, subresource, ns, name, nonResourceUrl);
  }

  public AccessQuery withSubresource(@Nullable String sub) {
    return new AccessQuery(verb, apiGroup, resource, sub, namespace, name, nonResourceUrl);
  }

  public AccessQuery withApiGroup(@Nullable String group) {
    return new AccessQuery(verb, group, resource, subresource, namespace, name, nonResourceUrl);
  }

  public AccessQuery withName(@Nullable String n) {
    return new AccessQuery(verb, apiGroup, resource, subresource, namespace, n, nonResourceUrl);
  }

  /** True when {@code grant} allows this request. */
  public boolean allowedBy(Grant grant) {
    RbacRule r = grant.rule();
    if (!Matching.verb(r, verb)) {
      return false;
    }
    if (nonResourceUrl != null) {
      return grant.clusterWide() && Matching.nonResourceUrl(r, nonResourceUrl);
    }
    if (!Matching.group(r, apiGroup) || !Matching.resource(r, resource, subresource)) {
      return false;
    }
    if (!Matching.name(r, name, verb)) {
      return false;
    }
    if (grant.clusterWide()) {
      return true;
    }
    return !Resources.clusterScoped(resource, verb)
        && (namespace == null || namespace.equals(grant.namespace()));
  }

  @Override
  public String toString() {
    if (nonResourceUrl != null) {
      return verb + " " + nonResourceUrl;
    }
    String what = subresource == null ? resource : resource + "/" + subresource;
    String g = apiGroup == null || apiGroup.isEmpty() ? "" : "." + apiGroup;
    return verb + " " + what + g + (namespace == null ? "" : " in namespace " + namespace);
  }
}
