package dev.lashing.vulndb;

import dev.lashing.vulndb.osv.OsvSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source registry: every source {@code lashing db update} knows, in update order. One literal
 * list; a new source is one line here.
 */
public final class VulnSources {

  private VulnSources() {}

  /** Every registered source, OSV ecosystems first, then the distro trackers and enrichments. */
  public static List<VulnSource> defaults() {
    return List.of(
        OsvSources.forEcosystem("Debian"),
        OsvSources.forEcosystem("Ubuntu"),
        OsvSources.forEcosystem("Alpine"),
        OsvSources.forEcosystem("Wolfi"),
        OsvSources.forEcosystem("Chainguard"),
        OsvSources.forEcosystem("Maven"),
        OsvSources.forEcosystem("npm"),
        OsvSources.forEcosystem("PyPI"),
        OsvSources.forEcosystem("Go"),
        OsvSources.forEcosystem("crates.io"),
        OsvSources.forEcosystem("NuGet"),
        OsvSources.forEcosystem("Packagist"),
        OsvSources.forEcosystem("RubyGems"),
        OsvSources.forEcosystem("Hex"),
        OsvSources.forEcosystem("Pub"),
        dev.lashing.vulndb.debian.DebianTracker.source(),
        dev.lashing.vulndb.alpine.AlpineSecdb.source(),
        dev.lashing.vulndb.redhat.RedHatCsaf.source(),
        dev.lashing.vulndb.nvd.NvdApi.source(),
        dev.lashing.vulndb.kev.CisaKev.source(),
        dev.lashing.vulndb.epss.FirstEpss.source());
  }

  /** The registered source of that name. */
  public static Optional<VulnSource> named(String name) {
    return defaults().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The sources of these names, in the order given.
   *
   * @throws IllegalArgumentException naming an unknown source and listing the known ones
   */
  public static List<VulnSource> select(List<String> names) {
    List<VulnSource> out = new ArrayList<>();
    for (String n : names) {
      out.add(
          named(n)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown source '"
                              + n
                              + "'; known sources: "
                              + String.join(
                                  ", ", defaults().stream().map(VulnSource::name).toList()))));
    }
    return List.copyOf(out);
  }
}
