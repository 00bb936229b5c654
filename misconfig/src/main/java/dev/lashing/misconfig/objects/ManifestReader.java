package dev.lashing.misconfig.objects;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads manifests into an {@link ObjectSet} with the Kubernetes parser of the configuration checks
 * (positions kept). Directories are walked for {@code *.yaml}, {@code *.yml} and {@code *.json}
 * (hidden entries and symlinks skipped); a file named explicitly is read whatever its name. Inputs
 * that cannot be read or parsed become {@link ObjectSet#problems()} ({@code file:line: what}), and
 * the others are still read.
 */
public interface ManifestReader {

  ObjectSet read(List<Path> inputs);

  /** One in-memory input such as standard input; {@code name} is used as the objects' file. */
  ObjectSet read(String name, byte[] content);

  static ManifestReader create() {
    return new DefaultManifestReader();
  }
}
