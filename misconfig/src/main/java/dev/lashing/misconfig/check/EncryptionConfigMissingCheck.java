package dev.lashing.misconfig.check;

import dev.lashing.misconfig.k8s.Container;
import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.k8s.ObjectKind;
import dev.lashing.misconfig.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Control-plane configuration without encryption at rest: the set holds the API server's own
 * configuration (a kube-apiserver Pod, e.g. the static Pod manifest, or a kubeadm {@code
 * ClusterConfiguration}) that does not pass {@code --encryption-provider-config}, and the set holds
 * no {@code EncryptionConfiguration}. Sets of application manifests only (no control-plane
 * configuration) are not the place where encryption at rest is decided and are not judged.
 */
final class EncryptionConfigMissingCheck implements SetCheck.Collector {
  static final String FLAG = "encryption-provider-config";

  private final List<SetHit> candidates = new ArrayList<>();
  private boolean encryptionConfigSeen;
  private int subjects;

  EncryptionConfigMissingCheck(SetContext context) {}

  @Override
  public void accept(K8sObject o) {
    if (o.objectKind() == ObjectKind.ENCRYPTION_CONFIGURATION) {
      encryptionConfigSeen = true;
      return;
    }
    if (o.kind().equals("ClusterConfiguration") && o.group().equals("kubeadm.k8s.io")) {
      subjects++;
      if (!kubeadmHasFlag(o)) {
        candidates.add(SetHit.at(o, "apiServer", null, null));
      }
      return;
    }
    if (o.objectKind() != ObjectKind.POD) {
      return;
    }
    for (Container c : o.podSpec().map(p -> p.containers()).orElse(List.of())) {
      List<String> args = args(c.node());
      if (args.stream()
          .anyMatch(a -> a.equals("kube-apiserver") || a.endsWith("/kube-apiserver"))) {
        subjects++;
        if (args.stream()
            .noneMatch(a -> a.startsWith("--" + FLAG + "=") || a.equals("--" + FLAG))) {
          candidates.add(SetHit.at(o, c.path() + ".command", c.name(), null));
        }
      }
    }
  }

  @Override
  public SetCheck.Outcome finish() {
    return new SetCheck.Outcome(encryptionConfigSeen ? List.of() : candidates, subjects);
  }

  private static List<String> args(YamlNode.Mapping container) {
    List<String> out = new ArrayList<>();
    for (String key : List.of("command", "args")) {
      container
          .sequence(key)
          .ifPresent(
              s ->
                  s.items()
                      .forEach(
                          i -> {
                            if (i instanceof YamlNode.Scalar sc) {
                              out.add(sc.value());
                            }
                          }));
    }
    return out;
  }

  /** kubeadm v1beta3 {@code extraArgs} is a map; v1beta4 a list of {name, value}. */
  private static boolean kubeadmHasFlag(K8sObject o) {
    YamlNode extra = o.root().mapping("apiServer").flatMap(a -> a.get("extraArgs")).orElse(null);
    return switch (extra) {
      case YamlNode.Mapping m -> m.entry(FLAG).isPresent();
      case YamlNode.Sequence s ->
          s.items().stream()
              .anyMatch(i -> i instanceof YamlNode.Mapping m && FLAG.equals(m.text("name")));
      case null, default -> false;
    };
  }
}
