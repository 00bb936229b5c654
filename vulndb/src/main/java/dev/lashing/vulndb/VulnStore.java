package dev.lashing.vulndb;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local vulnerability store as the matchers read it. Thread-safe for reads.
 *
 * <p>Lookups take the ecosystem with its release for distros ({@code Debian:12}) and a package
 * name; names are compared after {@link dev.lashing.model.vuln.Ecosystems#normalizeName}.
 */
public interface VulnStore extends AutoCloseable {

  /**
   * Every advisory with an affected entry for {@code name} in exactly {@code ecosystem}, withdrawn
   * ones included (the matcher decides); each advisory once.
   */
  List<Advisory> advisoriesFor(String ecosystem, String name) throws VulnDataException;

  /**
   * {@link #advisoriesFor(String, String)} for many packages at once: the answer has one entry per
   * distinct key, in the order given, empty lists included. Stores override it with one batched
   * query; advisories shared by several keys are the same instances.
   */
  default Map<PackageKey, List<Advisory>> advisoriesFor(Collection<PackageKey> packages)
      throws VulnDataException {
    Map<PackageKey, List<Advisory>> found = new LinkedHashMap<>();
    for (PackageKey key : packages) {
      if (!found.containsKey(key)) {
        found.put(key, advisoriesFor(key.ecosystem(), key.name()));
      }
    }
    return found;
  }

  /**
   * Advisories whose id or aliases contain {@code id}, from every source (used to join NVD
   * enrichment and GHSA/CVE aliases).
   */
  List<Advisory> byId(String id) throws VulnDataException;

  Optional<Kev> kev(String cve) throws VulnDataException;

  Optional<Epss> epss(String cve) throws VulnDataException;

  /** What the store holds, one entry per source that has been loaded. */
  List<SourceInfo> sources() throws VulnDataException;

  @Override
  void close() throws VulnDataException;
}
