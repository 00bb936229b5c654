package dev.lashing.misconfig.cluster;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.k8s.K8sLoader;
import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.objects.ObjectSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

final class Fabric8ClusterLoader implements ClusterLoader {
  private static final int MAX_KUBECONFIG = 4 * 1024 * 1024;
  private static final int CONNECT_TIMEOUT_MS = 5_000;

  private final K8sLoader loader = K8sLoader.create();

  @Override
  public ObjectSet load(ClusterOptions options) throws MisconfigException {
    Config config = config(options);
    String context =
        config.getCurrentContext() == null ? "default" : config.getCurrentContext().getName();
    List<K8sObject> objects = new ArrayList<>();
    List<ObjectSet.Text> texts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String unreachable = null;
    try (KubernetesClient client =
        new KubernetesClientBuilder()
            .withConfig(config)
            .withHttpClientFactory(new JdkHttpClientFactory())
            .build()) {
      for (ClusterKind kind : ClusterKind.ALL) {
        String ns = kind.namespaced() ? options.namespace() : null;
        if (unreachable != null) {
          problems.add("cannot list " + kind.describe(ns) + ": " + unreachable);
          continue;
        }
        List<? extends HasMetadata> items;
        try {
          items = kind.lister().list(client, ns);
        } catch (KubernetesClientException e) {
          String why = why(e, config);
          if (e.getCode() <= 0 && ioCause(e)) {
            unreachable = why;
          }
          problems.add("cannot list " + kind.describe(ns) + ": " + why);
          continue;
        }
        for (HasMetadata item : items) {
          HasMetadata clean = Sanitize.object(item);
          String name = source(context, kind.kind(), clean);
          String yaml = client.getKubernetesSerialization().asYaml(clean);
          try {
            List<K8sObject> parsed = loader.load(name, yaml);
            objects.addAll(parsed);
            texts.add(new ObjectSet.Text(name, yaml));
          } catch (MisconfigException e) {
            problems.add(e.getMessage());
          }
        }
      }
    }
    return new ObjectSet("cluster:" + context, objects, List.of(), texts, problems);
  }

  /**
   * fabric8 logs through SLF4J; without a provider SLF4J prints a three-line warning on standard
   * error. Lashing reports problems itself, so SLF4J's own notices are kept to errors.
   */
  static void quietLogging() {
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
  }

  private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  private static Config config(ClusterOptions options) throws MisconfigException {
    Config config;
    try {
      if (options.kubeconfig() != null) {
        Path file = options.kubeconfig();
        config = Config.fromKubeconfig(options.context(), read(file), file.toString());
      } else {
        config = Config.autoConfigure(options.context());
      }
    } catch (KubernetesClientException | IllegalArgumentException e) {
      throw new MisconfigException("cannot use the kubeconfig: " + oneLine(e.getMessage()), e);
    }
    if (options.context() != null) {
      NamedContext current = config.getCurrentContext();
      if (current == null || !options.context().equals(current.getName())) {
        List<String> known =
            config.getContexts() == null
                ? List.of()
                : config.getContexts().stream().map(NamedContext::getName).toList();
        throw new MisconfigException(
            "context '"
                + options.context()
                + "' is not in the kubeconfig (contexts: "
                + (known.isEmpty() ? "none" : String.join(", ", known))
                + ")");
      }
    }
    config.setRequestRetryBackoffLimit(0);
    config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
    config.setRequestTimeout((int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis()));
    return config;
  }

  private static String read(Path file) throws MisconfigException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_KUBECONFIG + 1);
      if (bytes.length > MAX_KUBECONFIG) {
        throw new MisconfigException(file + ": kubeconfig larger than 4 MiB");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new MisconfigException(file + ": kubeconfig not found", e);
    } catch (IOException e) {
      throw new MisconfigException(file + ": cannot read kubeconfig: " + e.getMessage(), e);
    }
  }

  private static String source(String context, String kind, HasMetadata o) {
    String ns = o.getMetadata().getNamespace();
    String name = Objects.requireNonNullElse(o.getMetadata().getName(), "");
    return "cluster:" + context + "/" + kind + "/" + (ns == null ? "" : ns + "/") + name;
  }

  /** {@code forbidden}, {@code unauthorized …}, {@code cannot reach URL (why)}, or the status. */
  private static String why(KubernetesClientException e, Config config) {
    return switch (e.getCode()) {
      case 401 -> "unauthorized (the kubeconfig credentials were refused)";
      case 403 -> "forbidden";
      case 404 -> "not served by this cluster (404)";
      default -> {
        if (e.getCode() <= 0 && ioCause(e)) {
          yield "cannot reach " + config.getMasterUrl() + " (" + rootMessage(e) + ")";
        }
        yield e.getCode() > 0
            ? "HTTP " + e.getCode() + " " + oneLine(statusMessage(e))
            : oneLine(rootMessage(e));
      }
    };
  }

  private static String statusMessage(KubernetesClientException e) {
    return e.getStatus() != null && e.getStatus().getMessage() != null
        ? e.getStatus().getMessage()
        : rootMessage(e);
  }

  private static boolean ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static String oneLine(@Nullable String s) {
    return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", "; ").strip();
  }
}
