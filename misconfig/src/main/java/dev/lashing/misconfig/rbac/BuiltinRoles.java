package dev.lashing.misconfig.rbac;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.k8s.K8sLoader;
import dev.lashing.misconfig.k8s.K8sObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default ClusterRoles of every cluster that bindings often name without the input containing
 * them ({@code cluster-admin}); their objects carry the file name {@code builtin:NAME}.
 */
final class BuiltinRoles {
  static final String FILE_PREFIX = "builtin:";
  private static final String RESOURCE = "/rbac/builtin-clusterroles.yaml";
  private static final List<Role> ROLES = load();

  private BuiltinRoles() {}

  static void addMissing(Map<String, Role> roles) {
    for (Role r : ROLES) {
      roles.putIfAbsent(r.ref(), r);
    }
  }

  private static List<Role> load() {
    try (InputStream in = BuiltinRoles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource missing: " + RESOURCE);
      }
      String text = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
      List<Role> out = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (K8sObject o : K8sLoader.create().load("builtin:cluster-roles", text)) {
        K8sObject named =
            new K8sObject(
                FILE_PREFIX + o.name(),
                o.document(),
                o.path(),
                o.apiVersion(),
                o.kind(),
                o.namespace(),
                o.name(),
                o.root());
        Role r = RbacParser.role(named, notes);
        if (r != null) {
          out.add(r);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MisconfigException e) {
      throw new IllegalStateException("built-in roles do not parse: " + e.getMessage(), e);
    }
  }
}
