package dev.lashing.cli.k8s;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.cluster.ClusterLoader;
import dev.lashing.misconfig.cluster.ClusterOptions;
import dev.lashing.misconfig.objects.ManifestReader;
import dev.lashing.misconfig.objects.ObjectSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where the objects come from, shared by every {@code lashing k8s} command (a picocli mixin):
 * manifests ({@code -f PATH}, positional paths, {@code -} for standard input) or a live cluster
 * ({@code --cluster} with {@code --context}, {@code --kubeconfig}, {@code -n}).
 */
public final class ObjectSource {
  static final int MAX_STDIN = 8 * 1024 * 1024;

  @Option(
      names = {"-f", "--filename"},
      paramLabel = "PATH",
      description = "Manifest file or directory ('-' = standard input); repeatable.")
  List<String> files = new ArrayList<>();

  @Option(names = "--cluster", description = "Read a live cluster through the kubeconfig.")
  boolean cluster;

  @Option(
      names = "--context",
      paramLabel = "NAME",
      description = "Kubeconfig context (default: the current one); implies --cluster.")
  @Nullable String context;

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "Kubeconfig file (default: $KUBECONFIG or ~/.kube/config); implies --cluster.")
  @Nullable Path kubeconfig;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description = "Only this namespace (cluster-scoped objects are always read).")
  @Nullable String namespace;

  boolean fromCluster() {
    return cluster || context != null || kubeconfig != null;
  }

  /**
   * Reads the objects; prints what could not be read as warnings. Exits through an exception when
   * nothing could be read at all.
   */
  ObjectSet load(CommandSpec spec, List<String> positional) throws IOException, MisconfigException {
    List<String> paths = new ArrayList<>(files);
    paths.addAll(positional);
    ObjectSet set;
    if (fromCluster()) {
      if (!paths.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "give PATHs or --cluster, not both");
      }
      set =
          ClusterLoader.create()
              .load(
                  ClusterOptions.defaults()
                      .withKubeconfig(kubeconfig)
                      .withContext(context)
                      .withNamespace(namespace));
    } else if (paths.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "nothing to read: give manifest PATHs, '-' or --cluster");
    } else if (paths.contains("-")) {
      if (paths.size() > 1) {
        throw new ParameterException(
            spec.commandLine(), "'-' (standard input) must be the only PATH");
      }
      InputStream in = System.in;
      byte[] bytes = in.readNBytes(MAX_STDIN + 1);
      if (bytes.length > MAX_STDIN) {
        throw new IOException("standard input larger than " + MAX_STDIN + " bytes");
      }
      set = ManifestReader.create().read("stdin", bytes);
    } else {
      set = ManifestReader.create().read(paths.stream().map(Path::of).toList());
    }
    if (!fromCluster() && namespace != null) {
      set = onlyNamespace(set, namespace);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (set.objects().isEmpty() && !set.problems().isEmpty()) {
      set.problems().forEach(p -> err.println("lashing: error: " + oneLine(p)));
      err.flush();
      throw new IOException(
          "nothing could be read (" + set.problems().size() + " problem(s) above)");
    }
    set.problems().forEach(p -> err.println("lashing: warning: " + oneLine(p)));
    err.flush();
    return set;
  }

  /** Manifests limited like a cluster read with -n: that namespace and cluster-scoped objects. */
  private static ObjectSet onlyNamespace(ObjectSet set, String ns) {
    return new ObjectSet(
        set.origin() + " (namespace " + ns + ")",
        set.objects().stream()
            .filter(o -> o.namespace() == null || o.namespace().equals(ns))
            .toList(),
        set.files(),
        set.texts(),
        set.problems());
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", "; ").replaceAll("\\p{Cntrl}", "?").strip();
  }
}
