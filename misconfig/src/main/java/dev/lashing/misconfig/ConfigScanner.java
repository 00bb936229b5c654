package dev.lashing.misconfig;

import dev.lashing.misconfig.check.Check;
import java.nio.file.Path;
import java.util.List;

/**
 * Scans Dockerfiles and Kubernetes manifests with the check catalog. Create once (checks are loaded
 * and CEL compiled then), scan many times. Inputs that cannot be parsed become {@link
 * ScanResult#errors()}, not exceptions, so one bad file does not hide the others.
 *
 * <pre>{@code
 * ScanResult r = ConfigScanner.scan(List.of(Path.of("deploy/")), ScanOptions.defaults()
 *     .withMinSeverity(Severity.HIGH).withSkip(Set.of("LSH-K8S-010")));
 * }</pre>
 */
public interface ConfigScanner {

  /** The checks this scanner runs, in catalog order. */
  List<Check> checks();

  /**
   * Scans files and directories. Directories are walked (hidden entries and symlinks skipped) for
   * Dockerfiles/Containerfiles and {@code *.yaml}/{@code *.yml}/{@code *.json}; a file named
   * explicitly is scanned by its name's kind, else as Kubernetes YAML.
   */
  ScanResult scan(List<Path> inputs);

  /** Scans one in-memory input (standard input); {@code name} is used in findings and sniffing. */
  ScanResult scan(String name, byte[] content);

  /**
   * @throws MisconfigException when a check file is invalid, a CEL expression does not compile, or
   *     an id in {@code include}/{@code skip} is not a known check
   */
  static ConfigScanner create(ScanOptions options) throws MisconfigException {
    return DefaultConfigScanner.create(options);
  }

  static ScanResult scan(List<Path> inputs, ScanOptions options) throws MisconfigException {
    return create(options).scan(inputs);
  }

  static ScanResult scan(String name, byte[] content, ScanOptions options)
      throws MisconfigException {
    return create(options).scan(name, content);
  }
}
